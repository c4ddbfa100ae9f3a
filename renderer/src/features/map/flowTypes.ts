import type { Edge, EdgeTypes, Node, NodeTypes } from '@xyflow/react';
import { Position } from '@xyflow/react';
import type { MapItem, MapView } from '../../../../shared/api/entities';
import { staleAfterDays, staleAssessments } from '../../../../shared/domain/staleness';
import { reportTrunks } from '../../../../shared/domain/orgChartLayout';
import { isFiltering, matchesFilter, NO_FILTER, tagsByPerson, type MapFilter } from './mapFilter';
import { MemberNode, type MemberFlowNode } from './MemberNode';
import { NoteNode, type NoteFlowNode } from './NoteNode';
import { OrgUnitNode, type OrgUnitFlowNode } from './OrgUnitNode';
import { PersonNode, type PersonFlowNode } from './PersonNode';
import { CARD_SIZE } from './placement';
import { lineName, memberName, noteName, orgUnitName, personName, type Translate } from './canvasNames';
import { FloatingEdge, ReportsToEdge } from './RelationEdge';
import {
  COLLAPSED_UNIT_HEIGHT,
  EDGE_STYLE,
  isReportingLine,
  laneIndex,
  lineStroke,
  MEMBER_SIZE,
  NOTE_SIZE,
  unitSize,
} from './drawing';

/** Defined once at module scope, as React Flow requires for stable rendering. */
export const nodeTypes: NodeTypes = { person: PersonNode, member: MemberNode, orgUnit: OrgUnitNode, note: NoteNode };
export const edgeTypes: EdgeTypes = { reportsTo: ReportsToEdge, floating: FloatingEdge };

export type MapFlowNode = PersonFlowNode | MemberFlowNode | OrgUnitFlowNode | NoteFlowNode;

export interface NodeOptions {
  selectedIds: ReadonlySet<string>;
  filter?: MapFilter;
  now?: Date;
  /** Cards translate without a hook each; a new language makes new data, so they repaint. */
  language?: string;
  /** Names each card for a screen reader, in the user's language. */
  t?: Translate;
}

/** Until a translation is given, a card is named by its keys: enough for a test that ignores names. */
const untranslated: Translate = (key) => key;

/** The element that tells a screen reader the keys of the canvas (MapCanvas draws it). */
export const NODE_HELP_ID = 'map-canvas-node-help';
export const EDGE_HELP_ID = 'map-canvas-edge-help';

/**
 * Cards and lines are reached with the arrow keys, not Tab: none is a Tab stop of its own (the
 * canvas makes one card the way in); each points at the keys it answers and says what it is in the
 * user's language (React Flow's own word is "node").
 */
const domAttributes = (t: Translate, kind: 'card' | 'line') => ({
  tabIndex: -1,
  'aria-describedby': kind === 'card' ? NODE_HELP_ID : EDGE_HELP_ID,
  'aria-roledescription': t(kind === 'card' ? 'canvasA11y.card' : 'canvasA11y.lineRole'),
});

/**
 * Every card has a fixed size, so each node carries its size and its handles' places up front:
 * React Flow then neither hides the cards until it has measured a thousand of them nor waits for
 * that to draw the lines or to fit the view; the first frame is the finished map.
 * The handles are where the cards' CSS puts them: 10 px dots centred on the top and bottom edges
 * of the node's box (React Flow still measures them once a card is drawn, and finds the same).
 */
const PERSON_HANDLES: NonNullable<Node['handles']> = [
  { type: 'target', position: Position.Top, x: 95, y: -5, width: 10, height: 10 },
  { type: 'source', position: Position.Bottom, x: 95, y: 115, width: 10, height: 10 },
];
const MEMBER_HANDLES: NonNullable<Node['handles']> = [
  { type: 'target', position: Position.Top, x: 85, y: -5, width: 10, height: 10 },
  { type: 'source', position: Position.Bottom, x: 85, y: 79, width: 10, height: 10 },
];
const NO_HANDLES: NonNullable<Node['handles']> = [];
const sized = (width: number, height: number, handles = NO_HANDLES) => ({
  width,
  height,
  measured: { width, height },
  handles,
});

/** The entity a map item places; its id is the node id on the canvas. */
export const entityIdOf = (item: MapItem): string =>
  item.personId ?? item.memberId ?? item.orgUnitId ?? item.noteId ?? item.id;

export function toNodes(
  view: MapView,
  { selectedIds, filter = NO_FILTER, now = new Date(), language = '', t = untranslated }: NodeOptions,
): MapFlowNode[] {
  const people = new Map(view.people.map((person) => [person.id, person]));
  const members = new Map(view.members.map((member) => [member.id, member]));
  const units = new Map(view.orgUnits.map((unit) => [unit.id, unit]));
  const notes = new Map(view.notes.map((note) => [note.id, note]));
  const filtering = isFiltering(filter);
  const personTags = tagsByPerson(view.personTags);
  const maxAge = staleAfterDays(view.account.tier);
  const collapsedUnits = new Set(
    view.items.filter((item) => item.orgUnitId && item.collapsed).map((item) => item.orgUnitId),
  );
  const personItems = view.items.filter((item) => item.personId && people.has(item.personId));

  const nodeDom = domAttributes(t, 'card');
  const nodes: MapFlowNode[] = [];
  for (const item of view.items) {
    const id = entityIdOf(item);
    const base = { id, position: { x: item.x, y: item.y }, selected: selectedIds.has(id), domAttributes: nodeDom };
    const person = item.personId ? people.get(item.personId) : undefined;
    if (person) {
      const dimmed = filtering && !matchesFilter(person, filter, personTags.get(person.id));
      const stale = staleAssessments(person, now, maxAge).length > 0;
      nodes.push({
        ...base,
        type: 'person',
        zIndex: 1,
        ...sized(CARD_SIZE.width, CARD_SIZE.height, PERSON_HANDLES),
        hidden: person.orgUnitId !== null && collapsedUnits.has(person.orgUnitId),
        data: { person, dimmed, stale, language },
        ariaLabel: personName(t, person, { stale, dimmed }),
      });
      continue;
    }
    const member = item.memberId ? members.get(item.memberId) : undefined;
    if (member) {
      nodes.push({
        ...base,
        type: 'member',
        zIndex: 1,
        ...sized(MEMBER_SIZE.width, MEMBER_SIZE.height, MEMBER_HANDLES),
        data: { member, dimmed: filtering },
        ariaLabel: memberName(t, member),
      });
      continue;
    }
    const unit = item.orgUnitId ? units.get(item.orgUnitId) : undefined;
    if (unit) {
      const inside = personItems.filter((other) => people.get(other.personId ?? '')?.orgUnitId === unit.id);
      const size = unitSize(item, inside);
      nodes.push({
        ...base,
        type: 'orgUnit',
        zIndex: 0,
        ...sized(size.width, item.collapsed ? COLLAPSED_UNIT_HEIGHT : size.height),
        data: {
          unit,
          itemId: item.id,
          collapsed: item.collapsed,
          peopleCount: inside.length,
        },
        ariaLabel: orgUnitName(t, unit, inside.length, item.collapsed),
      });
      continue;
    }
    const note = item.noteId ? notes.get(item.noteId) : undefined;
    if (note) {
      nodes.push({
        ...base,
        type: 'note',
        zIndex: 2,
        ...sized(item.width ?? NOTE_SIZE[note.kind].width, item.height ?? NOTE_SIZE[note.kind].height),
        data: { note },
        ariaLabel: noteName(t, note),
      });
    }
  }
  // Units first, so their boxes lie behind the cards they hold.
  return nodes.sort((a, b) => (a.zIndex ?? 0) - (b.zIndex ?? 0));
}

/**
 * A reports-to line is drawn from the manager down to the report: the relation's `to` is the
 * manager, so it is the edge's source.
 */
export function toEdges(
  view: MapView,
  selectedIds: ReadonlySet<string>,
  filter: MapFilter = NO_FILTER,
  t: Translate = untranslated,
): Edge[] {
  const names = new Map([...view.people, ...view.members].map((one) => [one.id, one.name]));
  const nameOf = (id: string | null) => (id ? names.get(id) : undefined);
  const filtering = isFiltering(filter);
  const personTags = tagsByPerson(view.personTags);
  const shown = new Set(
    view.people
      .filter((person) => !filtering || matchesFilter(person, filter, personTags.get(person.id)))
      .map((p) => p.id),
  );
  const lanes = laneIndex(view.relations);
  const trunks = stackedReportTrunks(view);
  const edgeDom = domAttributes(t, 'line');
  return view.relations.flatMap((relation) => {
    const from = relation.fromPersonId ?? relation.fromMemberId;
    const to = relation.toPersonId ?? relation.toMemberId;
    if (!from || !to) return [];
    const downward = isReportingLine(relation.kind);
    const source = downward ? to : from;
    const target = downward ? from : to;
    const dimmed = filtering && (!shown.has(from) || !shown.has(to));
    return [
      {
        id: relation.id,
        source,
        target,
        type: downward ? 'reportsTo' : 'floating',
        label: relation.label || undefined,
        selected: selectedIds.has(relation.id),
        data: {
          kind: relation.kind,
          lane: (lanes.get(relation.id) ?? 0) * (source < target ? 1 : -1),
          trunkX: trunks.get(relation.id)?.x,
          trunkTop: trunks.get(relation.id)?.headTop,
        },
        markerEnd: EDGE_STYLE[relation.kind].markerEnd,
        style: { ...lineStroke(relation), ...(dimmed ? { opacity: 0.12 } : {}) },
        ariaLabel: lineName(t, relation, nameOf),
        domAttributes: edgeDom,
      },
    ];
  });
}

/** Reporting lines to cards stacked in a column run down the column's trunk (see reportTrunks). */
function stackedReportTrunks(view: MapView) {
  const positions = new Map(
    view.items.flatMap((item) => (item.personId ? [[item.personId, { x: item.x, y: item.y }] as const] : [])),
  );
  const lines = view.relations.flatMap((r) =>
    r.kind === 'reports_to' && r.fromPersonId && r.toPersonId
      ? [{ id: r.id, reportId: r.fromPersonId, managerId: r.toPersonId }]
      : [],
  );
  return reportTrunks(positions, lines, CARD_SIZE);
}

export type { Node };
