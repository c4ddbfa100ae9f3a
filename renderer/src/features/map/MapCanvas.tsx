import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  Controls,
  Panel,
  ReactFlow,
  useReactFlow,
  type Edge,
  type Node,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { useComputedColorScheme, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapNote, MapView } from '../../../../shared/api/entities';
import { EDGE_HELP_ID, edgeTypes, entityIdOf, NODE_HELP_ID, nodeTypes, type MapFlowNode } from './flowTypes';
import { useStableCallback } from '../../app/useStableCallback';
import { ArrangeBar } from './ArrangeBar';
import { Legend } from './Legend';
import { MapMiniMap } from './MapMiniMap';
import { useNarrowScreen } from '../../app/narrowScreen';
import { CanvasToolbar } from './CanvasToolbar';
import { CardContexts, type NodeActions } from './nodeActionsContext';
import type { MapFilter } from './mapFilter';
import type { Selection } from './selection';
import { STANCE_COLOR } from './stanceStyle';
import { useCanvasArrange } from './useCanvasArrange';
import { useCanvasClipboard } from './useCanvasClipboard';
import { useCanvasDrag } from './useCanvasDrag';
import { useInsightsByPerson } from '../insights/useInsightsByPerson';
import { PersonInsightsContext } from '../insights/personInsightsContext';
import { useCanvasEdits } from './useCanvasEdits';
import { useCanvasElements } from './useCanvasElements';
import { useCanvasKeyboard } from './useCanvasKeyboard';
import { useFlowLabels } from './useFlowLabels';
import { useLineDrawing } from './useLineDrawing';
import classes from './MapCanvas.module.css';
import type { DrawableKind, MapCommands } from './useMapCommands';
import { useAction } from '../../actions/useAction';
import { FarZoomLayer, useFarZoomElements } from './farZoom';

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
  /** On a wall screen: the map is fitted again, edge to edge, when this starts and ends. */
  presenting?: boolean;
  /** A person to find and select (e.g. picked in search); a new request object finds them again. */
  focusRequest?: { personId: string };
}

// Props of <ReactFlow> are module constants: each new object would be one more store update.
const SNAP_GRID: [number, number] = [20, 20];
const MULTI_SELECT_KEYS = ['Meta', 'Control'];
// Hidden nodes count: at far zoom every card is hidden from React Flow's DOM, yet on the map.
const FIT_VIEW_OPTIONS = { maxZoom: 1.2, padding: 0.2, includeHiddenNodes: true };
const PRESENTING_FIT = { maxZoom: 1.6, padding: 0.04, duration: 300, includeHiddenNodes: true };
/** The app shell's side panels take this long to fold away or come back. */
const PANEL_TRANSITION_MS = 250;
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
  const flow = useReactFlow<MapFlowNode, Edge>();
  const [selectedCount, setSelectedCount] = useState(0);
  const [snap, setSnap] = useState(false);

  const actions = useMemo<NodeActions>(
    () => ({
      onToggleUnit: (itemId, collapsed) => void commands.setCollapsed(itemId, collapsed),
      onEditNote: (note: MapNote, text: string) => void commands.updateNote(note, { text }),
    }),
    [commands],
  );
  const { nodes, edges, setNodes, onNodesChange, onEdgesChange } = useCanvasElements({
    view,
    filter,
    language: i18n.language,
    selection,
  });
  const itemIdOf = useMemo(() => new Map(view.items.map((item) => [entityIdOf(item), item.id])), [view.items]);
  const { onNodeDragStart, onNodeDrag, onNodeDragStop } = useCanvasDrag(view, commands, itemIdOf, setNodes);
  const { onDelete } = useCanvasEdits(view, commands);
  // The registry owns Delete (so the palette and the key run one command): React Flow only removes.
  const selectedElements = () => ({
    nodes: flow.getNodes().filter((node) => node.selected),
    edges: flow.getEdges().filter((edge) => edge.selected),
  });
  useAction(
    'map.delete',
    () => void flow.deleteElements(selectedElements()),
    () => {
      const { nodes: chosen, edges: chosenLines } = selectedElements();
      return !readOnly && chosen.length + chosenLines.length > 0;
    },
  );
  const { onConnectEnd } = useLineDrawing(view, commands, lineKind, setNodes);
  const { onAlign, onDistribute } = useCanvasArrange(commands, itemIdOf);
  useCanvasClipboard(view, commands, readOnly);
  const wrapper = useRef<HTMLDivElement>(null);
  const keyboard = useCanvasKeyboard({
    wrapper,
    view,
    commands,
    itemIdOf,
    nodes,
    setNodes,
    readOnly,
    step: SNAP_GRID[0],
  });
  const farZoom = useFarZoomElements(keyboard.nodes, edges);
  const flowLabels = useFlowLabels();
  // React Flow's controls and overview follow the app's scheme; light ones glare on a dark map.
  const colorMode = useComputedColorScheme('light');

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

  const presenting = props.presenting ?? false;
  // A phone's screen is too small for a minimap beside the map.
  const narrow = useNarrowScreen();
  const fittedFor = useRef(presenting);
  useEffect(() => {
    if (fittedFor.current === presenting) return;
    // Fitted once the panels have moved; noted only then, so a cancelled timer is tried again.
    const timer = setTimeout(() => {
      fittedFor.current = presenting;
      void flow.fitView(presenting ? PRESENTING_FIT : { ...FIT_VIEW_OPTIONS, duration: 300 });
    }, PANEL_TRANSITION_MS);
    return () => clearTimeout(timer);
  }, [presenting, flow]);

  const focusPerson = useCallback(
    (personId: string) => {
      setNodes((current) => current.map((node) => ({ ...node, selected: node.id === personId })));
      onSelect({ kind: 'person', id: personId });
      void flow.fitView({ nodes: [{ id: personId }], duration: 400, maxZoom: 1.2 });
    },
    [setNodes, onSelect, flow],
  );

  const { focusRequest } = props;
  useEffect(() => {
    if (focusRequest) focusPerson(focusRequest.personId);
  }, [focusRequest, focusPerson]);

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

  const insightsByPerson = useInsightsByPerson(view.account.id, view.map.id);

  return (
    <div
      ref={wrapper}
      className={classes.canvas}
      onKeyDown={keyboard.onKeyDown}
      onFocus={keyboard.onFocus}
      onDoubleClick={(event) => {
        if (!readOnly && (event.target as HTMLElement).classList.contains('react-flow__pane')) {
          onAddPersonAt(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
        }
      }}
    >
      {/* Before the canvas in the page, so that Tab reaches the tools first, then the cards. */}
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
          readOnly={readOnly}
        />
      </Panel>
      <VisuallyHidden id={NODE_HELP_ID}>{t('canvasA11y.nodeHelp')}</VisuallyHidden>
      <VisuallyHidden id={EDGE_HELP_ID}>{t('canvasA11y.edgeHelp')}</VisuallyHidden>
      <VisuallyHidden role="status" data-testid="canvas-announcement">
        {keyboard.announcement}
      </VisuallyHidden>
      <CardContexts actions={actions}>
        <PersonInsightsContext.Provider value={insightsByPerson}>
          <ReactFlow
            nodes={farZoom.nodes}
            edges={farZoom.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnectEnd={onConnectEnd}
            onSelectionChange={onSelectionChange}
            onNodeClick={onNodeClick}
            onNodeDragStart={onNodeDragStart}
            onNodeDrag={onNodeDrag}
            onNodeDragStop={onNodeDragStop}
            onDelete={onDelete}
            deleteKeyCode={null}
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
            ariaLabelConfig={flowLabels}
            colorMode={colorMode}
            // The canvas's own keys (useCanvasKeyboard) stand in for React Flow's: arrows there move
            // a card without saving it, and every card and line would be a Tab stop of its own.
            disableKeyboardA11y
            proOptions={PRO_OPTIONS}
          >
            <Background gap={24} />
            <FarZoomLayer
              active={farZoom.far}
              view={view}
              commands={commands}
              itemIdOf={itemIdOf}
              setNodes={setNodes}
              readOnly={readOnly}
            />
            <Controls showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS} />
            {nodes.length > 0 && !narrow && <MapMiniMap nodeColor={minimapColor} />}
            {selectedCount >= 2 && (
              <Panel position="top-center">
                <ArrangeBar count={selectedCount} onAlign={onAlign} onDistribute={onDistribute} />
              </Panel>
            )}
            <Panel position="bottom-left" style={LEGEND_OFFSET}>
              <Legend />
            </Panel>
          </ReactFlow>
        </PersonInsightsContext.Provider>
      </CardContexts>
    </div>
  );
}
