import { useCallback, useMemo } from 'react';
import { useStore, type Edge, type ReactFlowState } from '@xyflow/react';
import type { MapFlowNode } from '../flowTypes';

/**
 * Below this zoom a card is about 40 by 24 pixels and none of its words can be read: the whole map
 * is painted on one canvas (FarZoomLayer) instead of thousands of DOM cards.
 */
export const FAR_ZOOM_BELOW = 0.2;

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

/** The padding MapCanvas fits the map with, as a share of its size. */
const FIT_PADDING = 0.2;

/**
 * The zoom React Flow's first fit will pick, from the nodes' box and the pane (its own rule:
 * the box plus the padding, fitted to the pane, within the zoom limits); or Infinity when the pane
 * has no size yet.
 */
function firstFitZoom(nodes: readonly MapFlowNode[], state: ReactFlowState): number {
  if (!state.width || !state.height || nodes.length === 0) return Infinity;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    left = Math.min(left, node.position.x);
    top = Math.min(top, node.position.y);
    right = Math.max(right, node.position.x + (node.width ?? 0));
    bottom = Math.max(bottom, node.position.y + (node.height ?? 0));
  }
  const zoom = Math.min(
    state.width / ((right - left) * (1 + FIT_PADDING)),
    state.height / ((bottom - top) * (1 + FIT_PADDING)),
  );
  return Math.max(state.minZoom, zoom);
}

/**
 * Whether the map is seen from afar. Before React Flow's first fit it is judged by where that fit
 * will land: else a big map would be drawn once as thousands of DOM cards, for a frame, on opening.
 */
export function useFarZoom(nodes: readonly MapFlowNode[]): boolean {
  const farOut = useCallback(
    (state: ReactFlowState) =>
      state.fitViewQueued ? firstFitZoom(nodes, state) < FAR_ZOOM_BELOW : state.transform[2] < FAR_ZOOM_BELOW,
    [nodes],
  );
  return useStore(farOut);
}

/**
 * The nodes and lines to give React Flow. At far zoom all nodes are hidden but the keyboard's one
 * Tab stop, which stays DOM so that Tab and the arrow keys still have a card to focus; all lines
 * are hidden too (React Flow would draw the line of a hidden card, whose ends are still in its
 * store). The far-zoom layer paints them.
 */
export function useFarZoomElements(nodes: MapFlowNode[], edges: Edge[]) {
  const far = useFarZoom(nodes);
  const flowNodes = useMemo(
    () =>
      far
        ? nodes.map((node) => (node.hidden ? node : node.domAttributes?.tabIndex === 0 ? farStop(node) : farCopy(node)))
        : nodes,
    [far, nodes],
  );
  const flowEdges = useMemo(
    () => (far ? edges.map((edge) => (edge.hidden ? edge : farCopy(edge))) : edges),
    [far, edges],
  );
  return { far, nodes: flowNodes, edges: flowEdges };
}
