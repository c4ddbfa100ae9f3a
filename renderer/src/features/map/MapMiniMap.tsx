import { isOnMap } from './farZoom/farZoomNodes';
import { memo, useEffect, useRef, type PointerEvent, type WheelEvent } from 'react';
import { Panel, useReactFlow, useStore, useStoreApi, type Node, type ReactFlowState } from '@xyflow/react';

/** The size of React Flow's own minimap, which this one replaces. */
const WIDTH = 200;
const HEIGHT = 150;
/** Margin around the drawing, in minimap pixels (React Flow's `offsetScale`). */
const OFFSET = 5;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the minimap shows: the flow's area (the nodes and the viewport) and its scale. */
function frame(state: ReactFlowState): { box: Rect; view: Rect; viewScale: number } {
  const [tx, ty, zoom] = state.transform;
  const view = { x: -tx / zoom, y: -ty / zoom, width: state.width / zoom, height: state.height / zoom };
  let [left, top, right, bottom] = [view.x, view.y, view.x + view.width, view.y + view.height];
  for (const node of state.nodeLookup.values()) {
    if (!isOnMap(node.internals.userNode)) continue;
    const { x, y } = node.internals.positionAbsolute;
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + (node.measured.width ?? 0));
    bottom = Math.max(bottom, y + (node.measured.height ?? 0));
  }
  const width = right - left;
  const height = bottom - top;
  const viewScale = Math.max(width / WIDTH, height / HEIGHT);
  const offset = OFFSET * viewScale;
  const box = {
    x: left - (viewScale * WIDTH - width) / 2 - offset,
    y: top - (viewScale * HEIGHT - height) / 2 - offset,
    width: viewScale * WIDTH + 2 * offset,
    height: viewScale * HEIGHT + 2 * offset,
  };
  return { box, view, viewScale };
}

interface Props {
  nodeColor(node: Node): string;
}

/**
 * The map in small, drawn as React Flow's <MiniMap pannable zoomable> draws it (the same frame,
 * scale, colours and mask; drag to pan, wheel to zoom) but onto one canvas. React Flow's minimap
 * is a component and a store subscription per node, and an SVG of a rectangle per node that the
 * browser records again whenever one moves: on a map of a thousand people that was about a fifth
 * of every drag step. Here one store subscription redraws the canvas at most once a frame, and
 * React renders it once.
 */
function MapMiniMapView({ nodeColor }: Props) {
  const store = useStoreApi();
  const flow = useReactFlow();
  const label = useStore((state) => state.ariaLabelConfig['minimap.ariaLabel']);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const viewScale = useRef(1);
  const drawColor = useRef(nodeColor);
  useEffect(() => {
    drawColor.current = nodeColor;
  }, [nodeColor]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = WIDTH * ratio;
    canvas.height = HEIGHT * ratio;
    const style = getComputedStyle(canvas);
    const mask =
      style.getPropertyValue('--xy-minimap-mask-background-color').trim() ||
      style.getPropertyValue('--xy-minimap-mask-background-color-default').trim();

    const draw = () => {
      frameRequest = 0;
      const state = store.getState();
      const { box, view, viewScale: flowPerPixel } = frame(state);
      viewScale.current = flowPerPixel;
      // As an SVG viewBox with the default preserveAspectRatio (xMidYMid meet) maps the box.
      const fit = Math.min(WIDTH / box.width, HEIGHT / box.height);
      const dx = (WIDTH - box.width * fit) / 2 - box.x * fit;
      const dy = (HEIGHT - box.height * fit) / 2 - box.y * fit;
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, canvas.width, canvas.height);
      // Cards snap to whole device pixels, as React Flow's crispEdges rectangles do.
      const scale = ratio * fit;
      for (const node of state.nodeLookup.values()) {
        const { width, height } = node.measured;
        if (!isOnMap(node.internals.userNode) || !width || !height) continue;
        const { x, y } = node.internals.positionAbsolute;
        const left = Math.round(x * scale + ratio * dx);
        const top = Math.round(y * scale + ratio * dy);
        context.fillStyle = drawColor.current(node.internals.userNode);
        context.fillRect(
          left,
          top,
          Math.max(1, Math.round((x + width) * scale + ratio * dx) - left),
          Math.max(1, Math.round((y + height) * scale + ratio * dy) - top),
        );
      }
      context.setTransform(scale, 0, 0, scale, ratio * dx, ratio * dy);
      // Everything but the part of the map in view lies under the mask.
      const offset = OFFSET * flowPerPixel;
      context.beginPath();
      context.rect(box.x - offset, box.y - offset, box.width + 2 * offset, box.height + 2 * offset);
      context.rect(view.x, view.y, view.width, view.height);
      context.fillStyle = mask;
      context.fill('evenodd');
    };
    let frameRequest = requestAnimationFrame(draw);
    const unsubscribe = store.subscribe(() => {
      if (!frameRequest) frameRequest = requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frameRequest);
    };
  }, [store]);

  const panFrom = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    panFrom.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!panFrom.current) return;
    const { x, y, zoom } = flow.getViewport();
    // React Flow's own rule: one minimap pixel moves the view by the minimap's scale.
    const scale = viewScale.current * Math.max(zoom, Math.log(zoom));
    const delta = { x: event.clientX - panFrom.current.x, y: event.clientY - panFrom.current.y };
    panFrom.current = { x: event.clientX, y: event.clientY };
    void flow.setViewport({ x: x - delta.x * scale, y: y - delta.y * scale, zoom });
  };
  const onPointerUp = () => {
    panFrom.current = null;
  };
  const onWheel = (event: WheelEvent<HTMLCanvasElement>) => {
    const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
    const pinch = event.ctrlKey && /Mac/.test(navigator.platform) ? 10 : 1;
    void flow.zoomTo(flow.getZoom() * Math.pow(2, -event.deltaY * perUnit * pinch));
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap" data-testid="rf__minimap">
      <canvas
        ref={canvasRef}
        className="react-flow__minimap-svg"
        style={{ width: WIDTH, height: HEIGHT, touchAction: 'none' }}
        role="img"
        aria-label={label}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onWheel={onWheel}
      />
    </Panel>
  );
}

export const MapMiniMap = memo(MapMiniMapView);
