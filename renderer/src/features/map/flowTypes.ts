import type { Edge, EdgeTypes, NodeTypes } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import type { MapView, Relation } from '../../../../shared/api/entities';
import { isFiltering, matchesFilter, NO_FILTER, type MapFilter } from './mapFilter';
import { PersonNode, type PersonFlowNode } from './PersonNode';

/** Defined once at module scope, as React Flow requires for stable rendering. */
export const nodeTypes: NodeTypes = { person: PersonNode };
export const edgeTypes: EdgeTypes = {};

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

export const EDGE_STYLE: Record<Relation['kind'], Pick<Edge, 'type' | 'style' | 'markerEnd' | 'animated'>> = {
  reports_to: { type: 'smoothstep', style: { stroke: '#495057', strokeWidth: 1.5 } },
  influences: {
    type: 'default',
    style: { stroke: '#7048e8', strokeWidth: 1.5, strokeDasharray: '6 4' },
    markerEnd: { type: MarkerType.ArrowClosed, color: '#7048e8' },
  },
  ally: { type: 'straight', style: { stroke: '#2f9e44', strokeWidth: 2 } },
  rival: { type: 'straight', style: { stroke: '#e03131', strokeWidth: 2, strokeDasharray: '2 4' } },
  covers: { type: 'default', style: { stroke: '#1c7ed6', strokeWidth: 2 } },
};

/**
 * A reports-to line is drawn from the manager down to the report: the relation's `to` is the
 * manager, so it is the edge's source.
 */
export function toEdges(view: MapView, selectedId: string | null, filter: MapFilter = NO_FILTER): Edge[] {
  const filtering = isFiltering(filter);
  const shown = new Set(view.people.filter((person) => !filtering || matchesFilter(person, filter)).map((p) => p.id));
  return view.relations.flatMap((relation) => {
    if (!relation.fromPersonId || !relation.toPersonId) return [];
    const downward = relation.kind === 'reports_to';
    const style = EDGE_STYLE[relation.kind];
    const dimmed = !shown.has(relation.fromPersonId) || !shown.has(relation.toPersonId);
    return [
      {
        id: relation.id,
        source: downward ? relation.toPersonId : relation.fromPersonId,
        target: downward ? relation.fromPersonId : relation.toPersonId,
        label: relation.label || undefined,
        selected: relation.id === selectedId,
        data: { kind: relation.kind },
        ...style,
        style: dimmed ? { ...style.style, opacity: 0.12 } : style.style,
      },
    ];
  });
}
