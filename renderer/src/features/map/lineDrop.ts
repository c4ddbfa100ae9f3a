import type { InternalNode, XYPosition } from '@xyflow/react';
import type { MapView } from '../../../../shared/api/entities';
import { isReportingLine } from './drawing';
import type { DrawableKind } from './useMapCommands';

/** What letting go of a line over a card means: a line to draw, or why none is drawn. */
export type LinePlan =
  | { draw: 'cover'; memberId: string; personId: string }
  | { draw: 'line'; kind: DrawableKind; fromPersonId: string; toPersonId: string }
  | { refused: 'nothing' | 'notAPerson' | 'exists' };

/**
 * The line a drag from `source` to `target` draws (the ends as React Flow sees them: `source` is
 * where a top-down line starts). Lines from one of our team are always coverage, to one of theirs;
 * between two of theirs the line is the chosen kind, and reports-to is drawn from the manager down.
 */
export function planLine(view: MapView, lineKind: DrawableKind, source: string, target: string | null): LinePlan {
  if (!target || source === target) return { refused: 'nothing' };
  const isPerson = (id: string) => view.people.some((person) => person.id === id);
  const isMember = (id: string) => view.members.some((member) => member.id === id);
  if (isMember(source)) {
    if (!isPerson(target)) return { refused: 'notAPerson' };
    const exists = view.relations.some(
      (r) => r.kind === 'covers' && r.fromMemberId === source && r.toPersonId === target,
    );
    return exists ? { refused: 'exists' } : { draw: 'cover', memberId: source, personId: target };
  }
  if (!isPerson(source) || !isPerson(target)) return { refused: 'notAPerson' };
  const [from, to] = isReportingLine(lineKind) ? [target, source] : [source, target];
  const symmetric = lineKind === 'ally' || lineKind === 'rival';
  const exists = view.relations.some(
    (r) =>
      r.kind === lineKind &&
      ((r.fromPersonId === from && r.toPersonId === to) ||
        (symmetric && r.fromPersonId === to && r.toPersonId === from)),
  );
  return exists ? { refused: 'exists' } : { draw: 'line', kind: lineKind, fromPersonId: from, toPersonId: to };
}

/**
 * The card a point on the canvas (in flow coordinates) is over: the topmost shown node whose box
 * holds it, so a note lying on a card is what the pointer is over, and a department's box lies
 * under the cards in it.
 */
export function nodeAt(nodes: Iterable<InternalNode>, point: XYPosition): InternalNode | null {
  let found: InternalNode | null = null;
  for (const node of nodes) {
    if (node.hidden) continue;
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? node.width ?? 0;
    const height = node.measured.height ?? node.height ?? 0;
    const inside = point.x >= x && point.x <= x + width && point.y >= y && point.y <= y + height;
    if (inside && (!found || node.internals.z >= found.internals.z)) found = node;
  }
  return found;
}
