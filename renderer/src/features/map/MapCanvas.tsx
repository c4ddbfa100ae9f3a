import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
  type Node,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { MapNote, MapView } from '../../../../shared/api/entities';
import { edgeTypes, entityIdOf, nodeTypes, toEdges, toNodes, type MapFlowNode, type NodeActions } from './flowTypes';
import { align, distribute, type AlignNode } from '../../../../shared/domain/align';
import { api, queryClient, queryKey } from '../../api/client';
import { useStableCallback } from '../../app/useStableCallback';
import { ArrangeBar } from './ArrangeBar';
import { clip, heldClipping, holdClipping, planPaste, type Clipping } from './clipboard';
import { Legend } from './Legend';
import { CanvasToolbar } from './CanvasToolbar';
import { ZoomLevelProvider } from './zoomContext';
import type { MapFilter } from './mapFilter';
import type { Selection } from './selection';
import { STANCE_COLOR } from './stanceStyle';
import type { DrawableKind, MapCommands, Move } from './useMapCommands';

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
  /** A past date is shown: look and select, but change nothing. */
  readOnly?: boolean;
}

// Props of <ReactFlow> are module constants: each new object would be one more store update.
const SNAP_GRID: [number, number] = [20, 20];
const DELETE_KEYS = ['Delete', 'Backspace'];
const MULTI_SELECT_KEYS = ['Meta', 'Control'];
const FIT_VIEW_OPTIONS = { maxZoom: 1.2, padding: 0.2 };
const PRO_OPTIONS = { hideAttribution: true };
const LEGEND_OFFSET = { marginLeft: 56 };
const MINIMAP_COLOR: Record<string, string> = { member: '#3b5bdb', orgUnit: '#e9ecef', note: '#ffe066' };
const minimapColor = (node: Node): string => {
  const flowNode = node as MapFlowNode;
  return flowNode.type === 'person'
    ? STANCE_COLOR[flowNode.data.person.stance]
    : (MINIMAP_COLOR[flowNode.type] ?? '#ccc');
};

export function MapCanvas(props: Props) {
  const { view, commands, selection, filter, onFilterChange, lineKind, onLineKindChange, onSelect, onAddPersonAt } =
    props;
  const readOnly = props.readOnly ?? false;
  const { t, i18n } = useTranslation();
  const [nodes, setNodes, onNodesChange] = useNodesState<MapFlowNode>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>([]);
  const flow = useReactFlow<MapFlowNode, Edge>();
  const dragStart = useRef(new Map<string, { x: number; y: number }>());
  const [selectedCount, setSelectedCount] = useState(0);
  const [snap, setSnap] = useState(false);

  const actions = useMemo<NodeActions>(
    () => ({
      onToggleUnit: (itemId, collapsed) => void commands.setCollapsed(itemId, collapsed),
      onEditNote: (note: MapNote, text: string) => void commands.updateNote(note, { text }),
    }),
    [commands],
  );

  // The store is the truth: whenever it answers, the canvas shows exactly what it holds. The
  // selection is kept, unless the app chose a card that is not among it: then that card alone.
  useEffect(() => {
    let selectedIds = new Set(
      flow
        .getNodes()
        .filter((node) => node.selected)
        .map((node) => node.id),
    );
    if (selection && selection.kind !== 'relation' && !selectedIds.has(selection.id))
      selectedIds = new Set([selection.id]);
    const selectedEdgeIds = new Set(
      flow
        .getEdges()
        .filter((edge) => edge.selected)
        .map((edge) => edge.id),
    );
    if (selection?.kind === 'relation') selectedEdgeIds.add(selection.id);
    setNodes(toNodes(view, { selectedIds, filter, actions, language: i18n.language }));
    setEdges(toEdges(view, selectedEdgeIds, filter));
    // Selection is read at the moment the data changes; the effect below follows it in between.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, filter, actions, i18n.language, setNodes, setEdges]);

  // When the app picks the selection (a new card, a found person), React Flow's follows it exactly.
  useEffect(() => {
    if (!selection || selection.kind === 'relation') return;
    setNodes((current) => {
      const target = current.find((node) => node.id === selection.id);
      if (!target || target.selected) return current;
      return current.map((node) =>
        node.selected === (node.id === selection.id) ? node : { ...node, selected: node.id === selection.id },
      );
    });
  }, [selection, setNodes]);

  const itemIdOf = useMemo(() => new Map(view.items.map((item) => [entityIdOf(item), item.id])), [view.items]);
  const unitOfPerson = useMemo(
    () => new Map(view.people.map((person) => [person.id, person.orgUnitId])),
    [view.people],
  );

  const onConnect = useStableCallback((connection: Connection) => {
    const { source, target } = connection;
    if (source === target) return;
    const fromMember = view.members.some((member) => member.id === source);
    const toPerson = view.people.some((person) => person.id === target);
    if (fromMember) {
      // Lines from one of our team are always coverage: who of ours owns which of theirs.
      if (
        toPerson &&
        !view.relations.some((r) => r.kind === 'covers' && r.fromMemberId === source && r.toPersonId === target)
      ) {
        void commands.addCover(source, target);
      }
      return;
    }
    if (!toPerson || !view.people.some((person) => person.id === source)) return;
    // Reports-to is drawn from the manager down to the report, so the target reports to the source.
    const [from, to] = lineKind === 'reports_to' ? [target, source] : [source, target];
    const symmetric = lineKind === 'ally' || lineKind === 'rival';
    const exists = view.relations.some(
      (r) =>
        r.kind === lineKind &&
        ((r.fromPersonId === from && r.toPersonId === to) ||
          (symmetric && r.fromPersonId === to && r.toPersonId === from)),
    );
    if (!exists) void commands.addLine(lineKind, from, to);
  });

  const primary = useRef(selection);
  useEffect(() => {
    primary.current = selection;
  }, [selection]);
  const onSelectionChange = useCallback(
    ({ nodes: selectedNodes, edges: selectedEdges }: OnSelectionChangeParams) => {
      // With several selected, the inspector keeps showing the one it shows, if still selected.
      const node = (selectedNodes.find((n) => n.id === primary.current?.id) ?? selectedNodes[0]) as
        MapFlowNode | undefined;
      const edge = selectedEdges[0];
      setSelectedCount(selectedNodes.filter((n) => n.type !== 'orgUnit').length);
      if (node) onSelect({ kind: node.type, id: node.id });
      else if (edge) onSelect({ kind: 'relation', id: edge.id });
      else onSelect(null);
    },
    [onSelect],
  );

  /** A unit carries the people in it: dragging the box moves them with it. */
  const carried = (dragged: MapFlowNode[]): Set<string> => {
    const ids = new Set(dragged.map((node) => node.id));
    for (const node of dragged) {
      if (node.type !== 'orgUnit') continue;
      for (const [personId, unitId] of unitOfPerson) if (unitId === node.id) ids.add(personId);
    }
    return ids;
  };

  const toMoves = (ids: Iterable<string>, at: (id: string) => { x: number; y: number } | undefined): Move[] =>
    [...ids].flatMap((id) => {
      const itemId = itemIdOf.get(id);
      const position = at(id);
      return itemId && position ? [{ itemId, x: position.x, y: position.y }] : [];
    });

  const focusPerson = useCallback(
    (personId: string) => {
      setNodes((current) => current.map((node) => ({ ...node, selected: node.id === personId })));
      onSelect({ kind: 'person', id: personId });
      void flow.fitView({ nodes: [{ id: personId }], duration: 400, maxZoom: 1.2 });
    },
    [setNodes, onSelect, flow],
  );

  const onNodeClick = useStableCallback((event: React.MouseEvent, clicked: MapFlowNode) => {
    // A plain click on one card of a multi-selection selects just that card, as in any
    // desktop editor; React Flow keeps the group so that it can be dragged together.
    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
    setNodes((current) =>
      current.some((node) => node.selected && node.id !== clicked.id)
        ? current.map((node) => ({ ...node, selected: node.id === clicked.id }))
        : current,
    );
  });
  const onNodeDragStart = useStableCallback((_: unknown, __: unknown, dragged: MapFlowNode[]) => {
    const ids = carried(dragged);
    dragStart.current = new Map(
      flow
        .getNodes()
        .filter((node) => ids.has(node.id))
        .map((node) => [node.id, { ...node.position }]),
    );
  });
  const onNodeDrag = useStableCallback((_: unknown, __: unknown, dragged: MapFlowNode[]) => {
    const unit = dragged.find((node) => node.type === 'orgUnit');
    const start = unit && dragStart.current.get(unit.id);
    if (!unit || !start) return;
    const dx = unit.position.x - start.x;
    const dy = unit.position.y - start.y;
    const draggedIds = new Set(dragged.map((node) => node.id));
    setNodes((current) =>
      current.map((node) => {
        const from = dragStart.current.get(node.id);
        return from && !draggedIds.has(node.id) ? { ...node, position: { x: from.x + dx, y: from.y + dy } } : node;
      }),
    );
  });
  const onNodeDragStop = useStableCallback(() => {
    const ids = [...dragStart.current.keys()];
    const now = new Map(flow.getNodes().map((node) => [node.id, node.position]));
    const before = toMoves(ids, (id) => dragStart.current.get(id));
    const after = toMoves(ids, (id) => now.get(id));
    const moved = after.some((move, i) => move.x !== before[i]?.x || move.y !== before[i]?.y);
    if (moved) void commands.moveItems(before, after);
  });
  const onDelete = useStableCallback(
    ({ nodes: goneNodes, edges: goneEdges }: { nodes: MapFlowNode[]; edges: Edge[] }) => {
      const gone = goneNodes as MapFlowNode[];
      const ids = new Set(gone.map((node) => node.id));
      const people = gone.filter((node) => node.type === 'person').map((node) => node.id);
      const notes = gone.filter((node) => node.type === 'note').map((node) => node.id);
      // Our team and org units are only taken off this map; they are not deleted.
      const offMap = gone
        .filter((node) => node.type === 'member' || node.type === 'orgUnit')
        .flatMap((node) => view.items.filter((item) => entityIdOf(item) === node.id));
      // Lines of a deleted person stay in the store (hidden with them) so undo brings them back.
      const lines = view.relations.filter((r) => {
        const ends = [r.fromPersonId ?? r.fromMemberId ?? '', r.toPersonId ?? r.toMemberId ?? ''];
        return goneEdges.some((edge) => edge.id === r.id) && !ends.some((end) => ids.has(end));
      });
      if (people.length > 0) void commands.deletePeople(people);
      if (notes.length > 0) void commands.deleteNotes(notes);
      if (offMap.length > 0) void commands.removeFromMap(offMap);
      if (lines.length > 0) void commands.deleteRelations(lines);
    },
  );

  const selectedCards = (): AlignNode[] =>
    flow
      .getNodes()
      .filter((node) => node.selected && node.type !== 'orgUnit')
      .map((node) => ({
        id: node.id,
        ...node.position,
        width: node.measured?.width ?? 0,
        height: node.measured?.height ?? 0,
      }));
  const arrange = (arranged: AlignNode[]) => {
    const before = toMoves(
      arranged.map((node) => node.id),
      (id) => flow.getNode(id)?.position,
    );
    const after = toMoves(
      arranged.map((node) => node.id),
      (id) => arranged.find((node) => node.id === id),
    );
    if (after.some((move, i) => move.x !== before[i]?.x || move.y !== before[i]?.y))
      void commands.moveItems(before, after);
  };
  const copy = () => {
    const ids = flow
      .getNodes()
      .filter((node) => node.selected)
      .map((node) => node.id);
    if (ids.length === 0) return;
    const clipping = clip(view, ids);
    holdClipping(clipping);
    notifications.show({ message: t('arrange.copied', { count: clipping.entries.length }), autoClose: 1500 });
  };
  const paste = async (clipping: Clipping | null) => {
    if (!clipping || clipping.entries.length === 0) return;
    // People copied on another map may not be on this one: ask the store for the whole account.
    const allPeople = await queryClient.fetchQuery({
      queryKey: queryKey('people.list', { accountId: view.account.id }),
      queryFn: () => api.call('people.list', { accountId: view.account.id }),
    });
    const plan = planPaste(clipping, view, allPeople);
    if (plan.place.length + plan.copy.length > 0)
      void commands.paste(plan, (name) => `${name} ${t('arrange.copySuffix')}`);
  };
  useHotkeys([
    ['mod+C', copy],
    ['mod+V', () => paste(heldClipping())],
    [
      'mod+D',
      () =>
        paste(
          clip(
            view,
            flow
              .getNodes()
              .filter((node) => node.selected)
              .map((node) => node.id),
          ),
        ),
    ],
  ]);

  return (
    <div
      style={{ width: '100%', height: '100%' }}
      onDoubleClick={(event) => {
        if (!readOnly && (event.target as HTMLElement).classList.contains('react-flow__pane')) {
          onAddPersonAt(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
        }
      }}
    >
      <ZoomLevelProvider>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onSelectionChange={onSelectionChange}
          onNodeClick={onNodeClick}
          onNodeDragStart={onNodeDragStart}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onDelete={onDelete}
          deleteKeyCode={readOnly ? null : DELETE_KEYS}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          elevateNodesOnSelect={false}
          zoomOnDoubleClick={false}
          fitView
          fitViewOptions={FIT_VIEW_OPTIONS}
          minZoom={0.05}
          onlyRenderVisibleElements
          snapToGrid={snap}
          snapGrid={SNAP_GRID}
          aria-label={t('map.canvasLabel')}
          proOptions={PRO_OPTIONS}
        >
          <Background gap={24} />
          <Controls showInteractive={false} />
          <MiniMap pannable zoomable nodeColor={minimapColor} />
          <Panel position="top-left">
            <CanvasToolbar
              people={view.people}
              orgUnits={view.orgUnits}
              tags={view.tags}
              filter={filter}
              onFilterChange={onFilterChange}
              lineKind={lineKind}
              onLineKindChange={onLineKindChange}
              snap={snap}
              onSnapChange={setSnap}
              onFound={focusPerson}
            />
          </Panel>
          {selectedCount >= 2 && (
            <Panel position="top-center">
              <ArrangeBar
                count={selectedCount}
                onAlign={(mode) => arrange(align(selectedCards(), mode))}
                onDistribute={(mode) => arrange(distribute(selectedCards(), mode))}
              />
            </Panel>
          )}
          <Panel position="bottom-left" style={LEGEND_OFFSET}>
            <Legend />
          </Panel>
        </ReactFlow>
      </ZoomLevelProvider>
    </div>
  );
}
