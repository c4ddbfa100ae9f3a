import { Position } from '@xyflow/react';
import type { MapItem, MapNote, MapView, OrgUnit, Person, Relation, TeamMember } from '../../../../shared/api/entities';
import { boxExit, type Box } from '../map/floatingEnds';
import {
  COLLAPSED_UNIT_HEIGHT,
  isReportingLine,
  LANE_GAP,
  laneIndex,
  MEMBER_SIZE,
  NOTE_SIZE,
  unitSize,
} from '../map/drawing';
import { CARD_SIZE } from '../map/placement';
import { reportTrunks, type ReportTrunk } from '../../../../shared/domain/orgChartLayout';

/** Where each thing of the map stands in the picture, in canvas units, before it is drawn. */
export type PlacedCard =
  | { kind: 'person'; id: string; box: Box; person: Person }
  | { kind: 'member'; id: string; box: Box; member: TeamMember }
  | { kind: 'note'; id: string; box: Box; note: MapNote };
export interface PlacedUnit {
  id: string;
  box: Box;
  unit: OrgUnit;
  collapsed: boolean;
  peopleCount: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A line's shape: a polyline, or one cubic Bézier curve (start, two controls, end). */
export type LineShape = { kind: 'polyline'; points: Point[] } | { kind: 'curve'; points: [Point, Point, Point, Point] };

export interface PlacedLine {
  relation: Relation;
  shape: LineShape;
}

export interface PictureLayout {
  units: PlacedUnit[];
  cards: PlacedCard[];
  lines: PlacedLine[];
}

const entityIdOf = (item: MapItem): string =>
  item.personId ?? item.memberId ?? item.orgUnitId ?? item.noteId ?? item.id;

/**
 * What the picture shows: every card, department and note of the map (people in a folded
 * department stay folded away), or only the chosen ones (a chosen department brings its people),
 * and every line whose two ends are both in it. Drawn as the canvas draws them, same sizes.
 */
export function layOutPicture(view: MapView, only?: ReadonlySet<string>): PictureLayout {
  const people = new Map(view.people.map((person) => [person.id, person]));
  const members = new Map(view.members.map((member) => [member.id, member]));
  const units = new Map(view.orgUnits.map((unit) => [unit.id, unit]));
  const notes = new Map(view.notes.map((note) => [note.id, note]));
  const unitItems = view.items.filter((item) => item.orgUnitId && units.has(item.orgUnitId));
  const collapsed = new Set(unitItems.filter((item) => item.collapsed).map((item) => item.orgUnitId));
  const personItems = view.items.filter((item) => item.personId && people.has(item.personId));
  const chosenUnits = new Set(unitItems.filter((item) => only?.has(entityIdOf(item))).map((item) => item.orgUnitId));
  const wanted = (item: MapItem): boolean => {
    if (!only) return true;
    if (only.has(entityIdOf(item))) return true;
    const unitId = item.personId ? people.get(item.personId)?.orgUnitId : null;
    return unitId !== null && unitId !== undefined && chosenUnits.has(unitId);
  };

  const layout: PictureLayout = { units: [], cards: [], lines: [] };
  const boxes = new Map<string, Box>();
  for (const item of view.items) {
    if (!wanted(item)) continue;
    const id = entityIdOf(item);
    const at = { x: item.x, y: item.y };
    const person = item.personId ? people.get(item.personId) : undefined;
    if (person) {
      if (person.orgUnitId !== null && collapsed.has(person.orgUnitId)) continue;
      const box = { ...at, ...CARD_SIZE };
      layout.cards.push({ kind: 'person', id, box, person });
      boxes.set(id, box);
      continue;
    }
    const member = item.memberId ? members.get(item.memberId) : undefined;
    if (member) {
      const box = { ...at, ...MEMBER_SIZE };
      layout.cards.push({ kind: 'member', id, box, member });
      boxes.set(id, box);
      continue;
    }
    const unit = item.orgUnitId ? units.get(item.orgUnitId) : undefined;
    if (unit) {
      const inside = personItems.filter((other) => people.get(other.personId ?? '')?.orgUnitId === unit.id);
      const size = unitSize(item, inside);
      layout.units.push({
        id,
        box: { ...at, width: size.width, height: item.collapsed ? COLLAPSED_UNIT_HEIGHT : size.height },
        unit,
        collapsed: item.collapsed,
        peopleCount: inside.length,
      });
      continue;
    }
    const note = item.noteId ? notes.get(item.noteId) : undefined;
    if (note) {
      const size = NOTE_SIZE[note.kind];
      layout.cards.push({
        kind: 'note',
        id,
        box: { ...at, width: item.width ?? size.width, height: item.height ?? size.height },
        note,
      });
    }
  }

  const lanes = laneIndex(view.relations);
  const trunks = reportTrunks(
    new Map([...boxes].map(([id, box]) => [id, { x: box.x, y: box.y }])),
    view.relations.flatMap((r) =>
      r.kind === 'reports_to' && r.fromPersonId && r.toPersonId
        ? [{ id: r.id, reportId: r.fromPersonId, managerId: r.toPersonId }]
        : [],
    ),
    CARD_SIZE,
  );
  for (const relation of view.relations) {
    const from = relation.fromPersonId ?? relation.fromMemberId;
    const to = relation.toPersonId ?? relation.toMemberId;
    const fromBox = from ? boxes.get(from) : undefined;
    const toBox = to ? boxes.get(to) : undefined;
    if (!from || !to || !fromBox || !toBox) continue;
    // A reporting line runs from the manager (the relation's `to`) down to the report.
    const downward = isReportingLine(relation.kind);
    const [source, target, sourceBox, targetBox] = downward ? [to, from, toBox, fromBox] : [from, to, fromBox, toBox];
    const lane = (lanes.get(relation.id) ?? 0) * (source < target ? 1 : -1);
    const trunk = lane === 0 ? trunks.get(relation.id) : undefined;
    layout.lines.push({
      relation,
      shape: trunk ? trunkShape(sourceBox, targetBox, trunk) : lineShape(relation, sourceBox, targetBox, lane),
    });
  }
  return layout;
}

/** As on the canvas: down to the bus above the column, along to its trunk, down and into the card's side. */
function trunkShape(source: Box, target: Box, trunk: ReportTrunk): LineShape {
  const start = { x: source.x + source.width / 2, y: source.y + source.height };
  const busY = (start.y + trunk.headTop) / 2;
  const entryY = target.y + target.height / 2;
  return {
    kind: 'polyline',
    points: [
      start,
      { x: start.x, y: busY },
      { x: trunk.x, y: busY },
      { x: trunk.x, y: entryY },
      { x: target.x, y: entryY },
    ],
  };
}

function lineShape(relation: Relation, source: Box, target: Box, lane: number): LineShape {
  const handles = isReportingLine(relation.kind);
  const start = handles
    ? { x: source.x + source.width / 2, y: source.y + source.height, side: Position.Bottom }
    : boxExit(source, target);
  const end = handles ? { x: target.x + target.width / 2, y: target.y, side: Position.Top } : boxExit(target, source);
  // Several lines between the same two people spread into lanes, as on the canvas.
  const length = Math.hypot(end.x - start.x, end.y - start.y) || 1;
  const dx = (-(end.y - start.y) / length) * lane * LANE_GAP;
  const dy = ((end.x - start.x) / length) * lane * LANE_GAP;
  const a = { x: start.x + dx, y: start.y + dy };
  const b = { x: end.x + dx, y: end.y + dy };
  if (handles && lane === 0) {
    const middle = (a.y + b.y) / 2;
    return {
      kind: 'polyline',
      points: [a, { x: a.x, y: middle }, { x: b.x, y: middle }, b].filter(
        (point, i, all) => i === 0 || point.x !== all[i - 1]?.x || point.y !== all[i - 1]?.y,
      ),
    };
  }
  if (relation.kind === 'influences' || relation.kind === 'covers') {
    const reach = Math.max(30, 0.5 * Math.hypot(b.x - a.x, b.y - a.y) * 0.5);
    return { kind: 'curve', points: [a, pull(a, start.side, reach), pull(b, end.side, reach), b] };
  }
  return { kind: 'polyline', points: [a, b] };
}

function pull(point: Point, side: Position, by: number): Point {
  switch (side) {
    case Position.Top:
      return { x: point.x, y: point.y - by };
    case Position.Bottom:
      return { x: point.x, y: point.y + by };
    case Position.Left:
      return { x: point.x - by, y: point.y };
    default:
      return { x: point.x + by, y: point.y };
  }
}

/** The point `t` (0…1) of the way along a line, by length for a polyline. */
export function pointAlong(shape: LineShape, t: number): Point {
  if (shape.kind === 'curve') {
    const [p0, p1, p2, p3] = shape.points;
    const u = 1 - t;
    return {
      x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
      y: u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y,
    };
  }
  const { points } = shape;
  const segments = points.slice(1).map((point, i) => {
    const from = points[i] as Point;
    return { from, to: point, length: Math.hypot(point.x - from.x, point.y - from.y) };
  });
  const total = segments.reduce((sum, segment) => sum + segment.length, 0);
  let left = t * total;
  for (const segment of segments) {
    if (left <= segment.length || segment === segments[segments.length - 1]) {
      const f = segment.length === 0 ? 0 : Math.min(1, left / segment.length);
      return {
        x: segment.from.x + (segment.to.x - segment.from.x) * f,
        y: segment.from.y + (segment.to.y - segment.from.y) * f,
      };
    }
    left -= segment.length;
  }
  return points[0] ?? { x: 0, y: 0 };
}

/** The SVG path data of a line. */
export function pathData(shape: LineShape): string {
  const n = (value: number) => Math.round(value * 10) / 10;
  const [first, ...rest] = shape.points;
  if (!first) return '';
  if (shape.kind === 'curve') {
    const [, c1, c2, end] = shape.points;
    return `M${n(first.x)} ${n(first.y)}C${n(c1.x)} ${n(c1.y)} ${n(c2.x)} ${n(c2.y)} ${n(end.x)} ${n(end.y)}`;
  }
  return `M${n(first.x)} ${n(first.y)}${rest.map((point) => `L${n(point.x)} ${n(point.y)}`).join('')}`;
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
