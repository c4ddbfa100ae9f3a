import { useEffect, useRef } from 'react';
import { useStoreApi, type Edge, type InternalNode } from '@xyflow/react';
import type { MapView } from '../../../../../shared/api/entities';
import { useStableCallback } from '../../../app/useStableCallback';
import { carriedIds, movesAnything, toMoves } from '../canvasMoves';
import type { MapFlowNode } from '../flowTypes';
import type { MapCommands } from '../useMapCommands';
import { nodeAt, type Painted, type Point } from './hitTest';

type SetNodes = (update: (current: MapFlowNode[]) => MapFlowNode[]) => void;

/** A press that travels less than this many screen pixels is a click, as in React Flow. */
const DRAG_THRESHOLD = 3;

interface Options {
  active: boolean;
  view: MapView;
  commands: MapCommands;
  itemIdOf: ReadonlyMap<string, string>;
  setNodes: SetNodes;
  readOnly: boolean;
  painted: Painted;
  /** Where the cards being dragged are drawn until the store has them; read by every frame. */
  moved: React.RefObject<Map<string, Point>>;
  redraw(): void;
}

interface Press {
  node: InternalNode;
  from: Point;
  ids: Set<string>;
  starts: Map<string, Point>;
  dragging: boolean;
  adding: boolean;
  hiddenCards: HTMLElement[];
}

/**
 * Pressing on the far view: what is under the pointer is found on the layer (hitTest), a click
 * selects it (Shift, Ctrl or ⌘ adds it or takes it out), a drag moves it and the cards it carries.
 * While dragging only the layer is redrawn; the store hears of the move once, at the end, as one
 * undoable move — the same call a DOM drag makes. A press on empty canvas goes on to React Flow
 * (pan, selection box), which never sees a press that landed on a card.
 */
export function useFarZoomPointer(options: Options): void {
  const store = useStoreApi<MapFlowNode, Edge>();
  const press = useRef<Press | null>(null);
  const swallowClick = useRef(false);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  const toFlow = (clientX: number, clientY: number): Point => {
    const { domNode, transform } = store.getState();
    const box = domNode?.getBoundingClientRect();
    const [tx, ty, zoom] = transform;
    return { x: (clientX - (box?.left ?? 0) - tx) / zoom, y: (clientY - (box?.top ?? 0) - ty) / zoom };
  };

  /** A press on this canvas's empty pane, where React Flow would pan or start a selection box. */
  const onPane = (event: Event): boolean => {
    const target = event.target instanceof Element ? event.target : null;
    const pane = target?.closest('.react-flow__pane');
    return !!pane && !!store.getState().domNode?.contains(pane);
  };

  const select = useStableCallback((id: string, adding: boolean) => {
    const { setNodes } = latest.current;
    setNodes((current) =>
      current.map((node) => {
        const selected = adding ? (node.id === id ? !node.selected : node.selected === true) : node.id === id;
        return (node.selected === true) === selected ? node : { ...node, selected };
      }),
    );
    const { edges, setEdges } = store.getState();
    if (!adding && edges.some((edge) => edge.selected))
      setEdges(edges.map((edge) => (edge.selected ? { ...edge, selected: false } : edge)));
  });

  const onDown = useStableCallback((event: PointerEvent) => {
    const { active, painted, view, moved } = latest.current;
    if (!active || event.button !== 0) return;
    if (!onPane(event)) return;
    const node = nodeAt(
      store.getState().nodeLookup.values(),
      toFlow(event.clientX, event.clientY),
      moved.current,
      painted,
    );
    if (!node) return;
    // The press is the layer's: React Flow must neither pan nor start a selection box.
    event.preventDefault();
    event.stopPropagation();
    swallowClick.current = true;
    const adding = event.shiftKey || event.ctrlKey || event.metaKey;
    let dragged: { id: string; type?: string }[] = [node];
    if (node.selected && !adding) {
      dragged = [...store.getState().nodeLookup.values()].filter((each) => each.selected);
    }
    const ids = carriedIds(view, dragged);
    const starts = new Map<string, Point>();
    for (const id of ids) {
      const each = store.getState().nodeLookup.get(id);
      if (each) starts.set(id, { ...each.internals.positionAbsolute });
    }
    press.current = {
      node,
      from: { x: event.clientX, y: event.clientY },
      ids,
      starts,
      dragging: false,
      adding,
      hiddenCards: [],
    };
    if (!node.selected || adding) select(node.id, adding);
  });

  const onMove = useStableCallback((event: PointerEvent) => {
    const current = press.current;
    const { readOnly, moved, redraw } = latest.current;
    if (!current || readOnly) return;
    const dx = event.clientX - current.from.x;
    const dy = event.clientY - current.from.y;
    if (!current.dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!current.dragging) {
      // The one DOM card (the Tab stop) would stay behind at its old place: the layer draws it.
      const domNode = store.getState().domNode;
      for (const id of current.starts.keys()) {
        const card = domNode?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
        if (card) {
          card.style.setProperty('visibility', 'hidden');
          current.hiddenCards.push(card);
        }
      }
    }
    current.dragging = true;
    const zoom = store.getState().transform[2];
    for (const [id, start] of current.starts) moved.current.set(id, { x: start.x + dx / zoom, y: start.y + dy / zoom });
    redraw();
  });

  const onUp = useStableCallback(() => {
    const current = press.current;
    press.current = null;
    if (!current) return;
    if (!current.dragging) {
      // A plain click on one card of a multi-selection selects just that card, as on the DOM cards.
      if (!current.adding && current.ids.size > 1) select(current.node.id, false);
      return;
    }
    for (const card of current.hiddenCards) card.style.removeProperty('visibility');
    const { moved, setNodes, commands, itemIdOf } = latest.current;
    const at = new Map(moved.current);
    // The layer keeps drawing the dropped places until the store holds them.
    const unsubscribe = store.subscribe(() => {
      unsubscribe();
      moved.current.clear();
      latest.current.redraw();
    });
    setNodes((nodes) =>
      nodes.map((node) => {
        const place = at.get(node.id);
        return place ? { ...node, position: place } : node;
      }),
    );
    const before = toMoves(itemIdOf, current.ids, (id) => current.starts.get(id));
    const after = toMoves(itemIdOf, current.ids, (id) => at.get(id));
    if (movesAnything(before, after)) void commands.moveItems(before, after);
  });

  const onClick = useStableCallback((event: MouseEvent) => {
    if (!swallowClick.current) return;
    swallowClick.current = false;
    event.stopPropagation();
  });

  // A double click on a card must not reach the canvas's own (which adds a person where it lands).
  const onDoubleClick = useStableCallback((event: MouseEvent) => {
    const { active, painted, moved } = latest.current;
    if (!active || !onPane(event)) return;
    const at = toFlow(event.clientX, event.clientY);
    if (nodeAt(store.getState().nodeLookup.values(), at, moved.current, painted)) event.stopPropagation();
  });

  // On the window, capturing: React Flow's pane answers a press in React's own capture phase (a
  // Shift-press starts its selection box), which runs at the page's root, before any listener below.
  useEffect(() => {
    window.addEventListener('pointerdown', onDown, true);
    window.addEventListener('click', onClick, true);
    window.addEventListener('dblclick', onDoubleClick, true);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    return () => {
      window.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('dblclick', onDoubleClick, true);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
    };
  }, [onDown, onMove, onUp, onClick, onDoubleClick]);
}
