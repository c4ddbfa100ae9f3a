import { useCallback, useEffect, useRef } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  useEdgesState,
  useNodesState,
  useReactFlow,
  type Connection,
  type Edge,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapView } from '../../../../shared/api/entities';
import { edgeTypes, nodeTypes, toEdges, toNodes } from './flowTypes';
import { Legend } from './Legend';
import { STANCE_COLOR } from './stanceStyle';
import { FilterMenu } from './FilterMenu';
import { FindPerson } from './FindPerson';
import type { MapFilter } from './mapFilter';
import type { PersonFlowNode } from './PersonNode';
import type { DrawableKind, MapCommands, Move } from './useMapCommands';
import { LineKindPicker } from './LineKindPicker';
import type { Selection } from './selection';

interface Props {
  view: MapView;
  commands: MapCommands;
  selection: Selection;
  filter: MapFilter;
  onFilterChange(filter: MapFilter): void;
  lineKind: DrawableKind;
  onLineKindChange(kind: DrawableKind): void;
  onSelect(selection: Selection): void;
  onAddPersonAt(position: { x: number; y: number }): void;
}

export function MapCanvas({
  view,
  commands,
  selection,
  filter,
  onFilterChange,
  lineKind,
  onLineKindChange,
  onSelect,
  onAddPersonAt,
}: Props) {
  const { t } = useTranslation();
  const selectedId = selection?.id ?? null;
  const [nodes, setNodes, onNodesChange] = useNodesState<PersonFlowNode>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>([]);
  const flow = useReactFlow<PersonFlowNode, Edge>();
  const dragStart = useRef<Move[]>([]);

  // The store is the truth: whenever it answers, the canvas shows exactly what it holds.
  useEffect(() => {
    setNodes(toNodes(view, selectedId, filter));
    setEdges(toEdges(view, selectedId, filter));
    // Selection is applied here only when the data changes; React Flow keeps it in between.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, filter, setNodes, setEdges]);

  const itemOf = useCallback(
    (personId: string) => view.items.find((item) => item.personId === personId)?.id,
    [view.items],
  );
  const toMoves = (dragged: PersonFlowNode[]): Move[] =>
    dragged.flatMap((node) => {
      const itemId = itemOf(node.id);
      return itemId ? [{ itemId, x: node.position.x, y: node.position.y }] : [];
    });

  const onConnect = (connection: Connection) => {
    if (connection.source === connection.target) return;
    // Reports-to is drawn from the manager down to the report, so the target reports to the source.
    const [from, to] =
      lineKind === 'reports_to' ? [connection.target, connection.source] : [connection.source, connection.target];
    const symmetric = lineKind === 'ally' || lineKind === 'rival';
    const exists = view.relations.some(
      (r) =>
        r.kind === lineKind &&
        ((r.fromPersonId === from && r.toPersonId === to) ||
          (symmetric && r.fromPersonId === to && r.toPersonId === from)),
    );
    if (!exists) void commands.addLine(lineKind, from, to);
  };

  const onSelectionChange = useCallback(
    ({ nodes: selectedNodes, edges: selectedEdges }: OnSelectionChangeParams) => {
      const node = selectedNodes[0];
      const edge = selectedEdges[0];
      if (node) onSelect({ kind: 'person', id: node.id });
      else if (edge) onSelect({ kind: 'relation', id: edge.id });
      else onSelect(null);
    },
    [onSelect],
  );

  return (
    <div
      style={{ width: '100%', height: '100%' }}
      onDoubleClick={(event) => {
        if ((event.target as HTMLElement).classList.contains('react-flow__pane')) {
          onAddPersonAt(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
        }
      }}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onSelectionChange={onSelectionChange}
        onNodeDragStart={(_, __, dragged) => {
          dragStart.current = toMoves(dragged);
        }}
        onNodeDragStop={(_, __, dragged) => {
          const after = toMoves(dragged);
          const moved = after.some(
            (move, i) => move.x !== dragStart.current[i]?.x || move.y !== dragStart.current[i]?.y,
          );
          if (moved) void commands.movePeople(dragStart.current, after);
        }}
        onDelete={({ nodes: goneNodes, edges: goneEdges }) => {
          const people = new Set(goneNodes.map((node) => node.id));
          // Lines of a deleted person stay in the store (hidden with them) so undo brings them back.
          const lines = view.relations.filter(
            (r) =>
              goneEdges.some((edge) => edge.id === r.id) &&
              !people.has(r.fromPersonId ?? '') &&
              !people.has(r.toPersonId ?? ''),
          );
          if (people.size > 0) void commands.deletePeople([...people]);
          if (lines.length > 0) void commands.deleteRelations(lines);
        }}
        deleteKeyCode={['Delete', 'Backspace']}
        zoomOnDoubleClick={false}
        fitView
        fitViewOptions={{ maxZoom: 1.2, padding: 0.2 }}
        minZoom={0.05}
        onlyRenderVisibleElements
        aria-label={t('map.canvasLabel')}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable nodeColor={(node) => STANCE_COLOR[(node as PersonFlowNode).data.person.stance]} />
        <Panel position="top-left">
          <Group gap="xs">
            <FindPerson
              people={view.people}
              onFound={(personId) => {
                setNodes((current) => current.map((node) => ({ ...node, selected: node.id === personId })));
                onSelect({ kind: 'person', id: personId });
                void flow.fitView({ nodes: [{ id: personId }], duration: 400, maxZoom: 1.2 });
              }}
            />
            <FilterMenu filter={filter} orgUnits={[]} onChange={onFilterChange} />
            <LineKindPicker value={lineKind} onChange={onLineKindChange} />
          </Group>
        </Panel>
        <Panel position="bottom-left" style={{ marginLeft: 56 }}>
          <Legend />
        </Panel>
      </ReactFlow>
    </div>
  );
}
