import type { Edge, EdgeTypes, NodeTypes } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import type { MapView, Relation } from '../../../../shared/api/entities';
import { PersonNode, type PersonFlowNode } from './PersonNode';

/** Defined once at module scope, as React Flow requires for stable rendering. */
export const nodeTypes: NodeTypes = { person: PersonNode };
export const edgeTypes: EdgeTypes = {};

export function toNodes(view: MapView, selectedId: string | null): PersonFlowNode[] {
  const people = new Map(view.people.map((person) => [person.id, person]));
  return view.items.flatMap((item) => {
    const person = item.personId ? people.get(item.personId) : undefined;
    if (!person) return [];
    return [
      {
        id: person.id,
        type: 'person' as const,
        position: { x: item.x, y: item.y },
        data: { person },
        selected: person.id === selectedId,
        ariaLabel: person.name,
      },
    ];
  });
}

const EDGE_STYLE: Record<Relation['kind'], Pick<Edge, 'type' | 'style' | 'markerEnd' | 'animated'>> = {
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
export function toEdges(view: MapView, selectedId: string | null): Edge[] {
  return view.relations.flatMap((relation) => {
    if (!relation.fromPersonId || !relation.toPersonId) return [];
    const downward = relation.kind === 'reports_to';
    return [
      {
        id: relation.id,
        source: downward ? relation.toPersonId : relation.fromPersonId,
        target: downward ? relation.fromPersonId : relation.toPersonId,
        label: relation.label || undefined,
        selected: relation.id === selectedId,
        data: { kind: relation.kind },
        ...EDGE_STYLE[relation.kind],
      },
    ];
  });
}
