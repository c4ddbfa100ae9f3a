import { useMemo } from 'react';
import { useStore, type Edge, type ReactFlowState } from '@xyflow/react';
import type { MapFlowNode } from '../flowTypes';

/**
 * Below this zoom a card is about 40 by 24 pixels and none of its words can be read: the whole map
 * is painted on one canvas (FarZoomLayer) instead of thousands of DOM cards.
 */
export const FAR_ZOOM_BELOW = 0.2;
const zoomedFar = (state: ReactFlowState) => state.transform[2] < FAR_ZOOM_BELOW;
export const useFarZoom = (): boolean => useStore(zoomedFar);

/**
 * The copies React Flow gets at far zoom: hidden, so it draws no DOM for them, yet still in its
 * store (the minimap, Fit, the keyboard's reading order and the layer all read them there). Kept
 * per node, so a node that did not change hands React Flow the same copy again.
 */
const copies = new WeakMap<object, object>();
/** Marks a copy; a symbol key, because React Flow's getNodes() hands out spread copies of nodes. */
const FAR_HIDDEN = Symbol('farHidden');
type Marked = { [FAR_HIDDEN]?: true };

function farCopy<T extends { hidden?: boolean }>(element: T): T {
  let copy = copies.get(element) as T | undefined;
  if (!copy) {
    const marked: T & Marked = { ...element, hidden: true };
    marked[FAR_HIDDEN] = true;
    copy = marked;
    copies.set(element, copy);
  }
  return copy;
}

/**
 * The Tab stop as DOM at far zoom: presses go through it to the layer below, so that it is
 * clicked, Shift-clicked and dragged like every other painted card.
 */
const stops = new WeakMap<MapFlowNode, MapFlowNode>();
function farStop(node: MapFlowNode): MapFlowNode {
  let stop = stops.get(node);
  if (!stop) {
    stop = { ...node, style: { ...node.style, pointerEvents: 'none' } };
    stops.set(node, stop);
  }
  return stop;
}

/** Hidden only because the map is seen from afar: it is still on the map, painted by the layer. */
export const isFarHidden = (element: { hidden?: boolean }): boolean => (element as Marked)[FAR_HIDDEN] === true;

/** A node or line on the map as the user sees it: shown as DOM or painted by the far-zoom layer. */
export const isOnMap = (element: { hidden?: boolean }): boolean => !element.hidden || isFarHidden(element);

/**
 * The nodes to give React Flow: at far zoom all are hidden but the keyboard's one Tab stop, which
 * stays DOM so that Tab and the arrow keys still have a card to focus.
 */
export function useFarZoomNodes(nodes: MapFlowNode[]): MapFlowNode[] {
  const far = useFarZoom();
  return useMemo(
    () =>
      far
        ? nodes.map((node) => (node.hidden ? node : node.domAttributes?.tabIndex === 0 ? farStop(node) : farCopy(node)))
        : nodes,
    [far, nodes],
  );
}

/**
 * The lines to give React Flow: at far zoom all are hidden (it would draw the line of a hidden
 * card, whose ends are still in its store); the layer paints them.
 */
export function useFarZoomEdges(edges: Edge[]): Edge[] {
  const far = useFarZoom();
  return useMemo(() => (far ? edges.map((edge) => (edge.hidden ? edge : farCopy(edge))) : edges), [far, edges]);
}
