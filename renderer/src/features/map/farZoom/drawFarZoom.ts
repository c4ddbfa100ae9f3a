import type { Edge, InternalNode } from '@xyflow/react';
import type { MapFlowNode } from '../flowTypes';
import { STANCE_COLOR } from '../stanceStyle';
import { isOnMap } from './farZoomNodes';
import { placeOf, type Painted, type Point } from './hitTest';

export interface Palette {
  unitFill: string;
  unitStroke: string;
  member: string;
  note: string;
  selection: string;
  line: string;
}

export const LIGHT: Palette = {
  unitFill: '#f1f3f5',
  unitStroke: '#adb5bd',
  member: '#3b5bdb',
  note: '#ffe066',
  selection: '#1971c2',
  line: '#495057',
};
export const DARK: Palette = {
  unitFill: '#2c2e33',
  unitStroke: '#5c5f66',
  member: '#5c7cfa',
  note: '#e6c84f',
  selection: '#74c0fc',
  line: '#909296',
};

export interface Scene {
  nodes: Iterable<InternalNode<MapFlowNode>>;
  edges: readonly Edge[];
  /** The flow's translation and zoom, as React Flow keeps them. */
  transform: readonly [number, number, number];
  width: number;
  height: number;
  moved: ReadonlyMap<string, Point>;
  painted: Painted;
  palette: Palette;
  /**
   * While a drag goes on, the frame is drawn in two parts: what stays still (once, kept as an
   * image) and, each frame, what moves (the cards in `moved` and their lines) over that image.
   */
  part?: 'still' | 'moving';
}

const fillOf = (node: InternalNode<MapFlowNode>, palette: Palette): string => {
  const user = node.internals.userNode;
  if (user.type === 'person') return STANCE_COLOR[user.data.person.stance];
  if (user.type === 'member') return palette.member;
  return palette.note;
};
const dimmedOf = (node: InternalNode<MapFlowNode>): boolean => {
  const data = node.internals.userNode.data as { dimmed?: boolean };
  return data.dimmed === true;
};

/**
 * One frame of the far view: department boxes, then the lines, then every card as a box of its
 * colour. Only what lies in the viewport is drawn, and fills are batched by colour (one path and
 * one fill per colour and dimming), so ten thousand cards cost a few dozen canvas calls.
 * The context is in device pixels; `ratio` is the device pixel ratio.
 */
export function drawFarZoom(context: CanvasRenderingContext2D, ratio: number, scene: Scene): void {
  const { transform, width, height, moved, painted, palette, part } = scene;
  const [tx, ty, zoom] = transform;
  // In the part drawn: everything, or only what stays still, or only what moves.
  const drawn = (id: string) => (part === undefined ? true : moved.has(id) === (part === 'moving'));
  context.setTransform(1, 0, 0, 1, 0, 0);
  if (part !== 'moving') context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * tx, ratio * ty);
  const left = -tx / zoom;
  const top = -ty / zoom;
  const right = left + width / zoom;
  const bottom = top + height / zoom;

  const centres = new Map<string, Point>();
  const units: InternalNode<MapFlowNode>[] = [];
  const boxes = new Map<string, { x: number; y: number; w: number; h: number }[]>();
  const selected: { x: number; y: number; w: number; h: number }[] = [];
  for (const node of scene.nodes) {
    if (!painted(node)) continue;
    const { x, y } = placeOf(node, moved);
    const w = node.measured.width ?? node.width ?? 0;
    const h = node.measured.height ?? node.height ?? 0;
    centres.set(node.id, { x: x + w / 2, y: y + h / 2 });
    if (!drawn(node.id)) continue;
    if (x > right || y > bottom || x + w < left || y + h < top) continue;
    if (node.type === 'orgUnit') {
      units.push(node);
      if (node.selected) selected.push({ x, y, w, h });
      continue;
    }
    const key = `${fillOf(node, palette)}${dimmedOf(node) ? ' dim' : ''}`;
    let list = boxes.get(key);
    if (!list) boxes.set(key, (list = []));
    list.push({ x, y, w, h });
    if (node.selected) selected.push({ x, y, w, h });
  }

  // A line of at least one screen pixel, however far out the map is seen.
  const pixel = 1 / zoom;
  context.lineWidth = pixel;
  context.fillStyle = palette.unitFill;
  context.strokeStyle = palette.unitStroke;
  context.beginPath();
  for (const unit of units) {
    const { x, y } = placeOf(unit, moved);
    context.rect(x, y, unit.measured.width ?? 0, unit.measured.height ?? 0);
  }
  context.fill();
  context.stroke();

  const lines = new Map<string, [Point, Point][]>();
  for (const edge of scene.edges) {
    const from = centres.get(edge.source);
    const to = centres.get(edge.target);
    if (!from || !to || !isOnMap(edge)) continue;
    // A line moves with either of its ends.
    const moves = moved.has(edge.source) || moved.has(edge.target);
    if (part !== undefined && moves !== (part === 'moving')) continue;
    if (Math.max(from.x, to.x) < left || Math.min(from.x, to.x) > right) continue;
    if (Math.max(from.y, to.y) < top || Math.min(from.y, to.y) > bottom) continue;
    const stroke = typeof edge.style?.stroke === 'string' ? edge.style.stroke : palette.line;
    const key = `${stroke}${edge.style?.opacity !== undefined ? ' dim' : ''}`;
    let list = lines.get(key);
    if (!list) lines.set(key, (list = []));
    list.push([from, to]);
  }
  for (const [key, segments] of lines) {
    const [stroke, dim] = key.split(' ');
    context.globalAlpha = dim ? 0.12 : 0.7;
    context.strokeStyle = stroke ?? palette.line;
    context.beginPath();
    for (const [from, to] of segments) {
      context.moveTo(from.x, from.y);
      context.lineTo(to.x, to.y);
    }
    context.stroke();
  }

  for (const [key, list] of boxes) {
    const [fill, dim] = key.split(' ');
    context.globalAlpha = dim ? 0.3 : 1;
    context.fillStyle = fill ?? palette.note;
    context.beginPath();
    for (const box of list) context.rect(box.x, box.y, box.w, box.h);
    context.fill();
  }
  context.globalAlpha = 1;

  if (selected.length > 0) {
    context.lineWidth = 3 * pixel;
    context.strokeStyle = palette.selection;
    context.beginPath();
    for (const box of selected)
      context.rect(box.x - 2 * pixel, box.y - 2 * pixel, box.w + 4 * pixel, box.h + 4 * pixel);
    context.stroke();
  }
}
