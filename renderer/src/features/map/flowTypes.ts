import type { Edge, EdgeTypes, NodeTypes } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import type { MapView, Relation } from '../../../../shared/api/entities';
import { isFiltering, matchesFilter, NO_FILTER, type MapFilter } from './mapFilter';
import { PersonNode, type PersonFlowNode } from './PersonNode';
import { laneOffsets, RelationEdge } from './RelationEdge';

/** Defined once at module scope, as React Flow requires for stable rendering. */
export const nodeTypes: NodeTypes = { person: PersonNode };
export const edgeTypes: EdgeTypes = { relation: RelationEdge };

export function toNodes(view: MapView, selectedId: string | null, filter: MapFilter = NO_FILTER): PersonFlowNode[] {
  const people = new Map(view.people.map((person) => [person.id, person]));
  const filtering = isFiltering(filter);
  return view.items.flatMap((item) => {
    const person = item.personId ? people.get(item.personId) : undefined;
    if (!person) return [];
    return [
      {
        id: person.id,
        type: 'person' as const,
        position: { x: item.x, y: item.y },
        data: { person, dimmed: filtering && !matchesFilter(person, filter) },
        selected: person.id === selectedId,
        ariaLabel: person.name,
      },
    ];
  });
}

export const EDGE_STYLE: Record<Relation['kind'], Pick<Edge, 'style' | 'markerEnd'>> = {
  reports_to: { style: { stroke: '#495057', strokeWidth: 1.5 } },
  influences: {
    style: { stroke: '#7048e8', strokeWidth: 1.5, strokeDasharray: '6 4' },
    markerEnd: { type: MarkerType.ArrowClosed, color: '#7048e8' },
  },
  ally: { style: { stroke: '#2f9e44', strokeWidth: 2 } },
  rival: { style: { stroke: '#e03131', strokeWidth: 2, strokeDasharray: '2 4' } },
  covers: { style: { stroke: '#1c7ed6', strokeWidth: 2 } },
};

/**
 * A reports-to line is drawn from the manager down to the report: the relation's `to` is the
 * manager, so it is the edge's source.
 */
export function toEdges(view: MapView, selectedId: string | null, filter: MapFilter = NO_FILTER): Edge[] {
  const filtering = isFiltering(filter);
  const shown = new Set(view.people.filter((person) => !filtering || matchesFilter(person, filter)).map((p) => p.id));
  const lanes = laneIndex(view.relations);
  return view.relations.flatMap((relation) => {
    if (!relation.fromPersonId || !relation.toPersonId) return [];
    const downward = relation.kind === 'reports_to';
    const source = downward ? relation.toPersonId : relation.fromPersonId;
    const target = downward ? relation.fromPersonId : relation.toPersonId;
    const style = EDGE_STYLE[relation.kind];
    const dimmed = !shown.has(relation.fromPersonId) || !shown.has(relation.toPersonId);
    return [
      {
        id: relation.id,
        source,
        target,
        label: relation.label || undefined,
        selected: relation.id === selectedId,
        type: 'relation',
        data: { kind: relation.kind, lane: (lanes.get(relation.id) ?? 0) * (source < target ? 1 : -1) },
        ...style,
        style: {
          ...style.style,
          // Influence is drawn heavier the stronger it is.
          ...(relation.kind === 'influences' ? { strokeWidth: relation.strength + 0.5 } : {}),
          ...(dimmed ? { opacity: 0.12 } : {}),
        },
      },
    ];
  });
}

/**
 * Which lane each line takes among the lines that join the same two people, counted across the
 * pair taken in id order (the edge flips the sign when it is drawn the other way round).
 */
function laneIndex(relations: Relation[]): Map<string, number> {
  const byPair = new Map<string, Relation[]>();
  for (const relation of relations) {
    const ends = [relation.fromPersonId ?? relation.fromMemberId, relation.toPersonId ?? relation.toMemberId].sort();
    const key = ends.join('|');
    byPair.set(key, [...(byPair.get(key) ?? []), relation]);
  }
  const lanes = new Map<string, number>();
  for (const group of byPair.values()) {
    const offsets = laneOffsets(group.length);
    group.forEach((relation, i) => lanes.set(relation.id, offsets[i] ?? 0));
  }
  return lanes;
}
