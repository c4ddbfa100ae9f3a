/**
 * Path to power ("由点及面", from one point to the whole): from the people who support us, the strongest
 * chains of informal influence and reporting lines that reach a decision maker or approver —
 * who could introduce us to whom.
 *
 * Each step has a weight in (0, 1]: an influence line its strength / 3 (only in its direction: A
 * influences B, so A can open B's door), a reporting line 2/3 either way (a manager introduces a
 * report and the other way round), an ally line 2/3 either way. A chain scores the product of its
 * weights times HOP_PENALTY per step, so a short strong chain beats a long one. The best chain
 * from each supporter is found with Dijkstra on −log(score) from the target backwards; the top
 * chains (by score) come from different supporters, and a chain that passes through another
 * supporter is left out because that supporter's own, shorter chain is better.
 */
import type { Stance } from './enums';

export const HOP_PENALTY = 0.9;
export const MAX_PATHS = 3;
const LINK_WEIGHT = 2 / 3;

export type PathVia = 'influences' | 'manages' | 'reports_to' | 'ally';

export interface PathPerson {
  id: string;
  stance: Stance;
  isPlaceholder: boolean;
}

export interface PathRelation {
  kind: string;
  fromPersonId: string | null;
  toPersonId: string | null;
  strength: number;
}

/** "from could introduce you to to", because of `via`: from influences / manages / reports to / is an ally of to. */
export interface PathStep {
  fromId: string;
  toId: string;
  via: PathVia;
  weight: number;
}

export interface PowerPath {
  /** The supporter first, the target last. */
  personIds: string[];
  steps: PathStep[];
  score: number;
}

export interface PathToPowerResult {
  targetId: string;
  /** The target already supports us: no chain is needed. */
  targetSupports: boolean;
  paths: PowerPath[];
}

const supports = (stance: Stance): boolean => stance === 'supportive' || stance === 'champion';

/** Every usable step, keyed by the person it leads to. */
function incomingSteps(people: PathPerson[], relations: PathRelation[]): Map<string, PathStep[]> {
  const known = new Set(people.filter((person) => !person.isPlaceholder).map((person) => person.id));
  const incoming = new Map<string, PathStep[]>();
  const add = (step: PathStep): void => {
    if (!known.has(step.fromId) || !known.has(step.toId) || step.fromId === step.toId) return;
    const list = incoming.get(step.toId) ?? [];
    list.push(step);
    incoming.set(step.toId, list);
  };
  for (const relation of relations) {
    const { fromPersonId: from, toPersonId: to } = relation;
    if (!from || !to) continue;
    if (relation.kind === 'influences') {
      add({ fromId: from, toId: to, via: 'influences', weight: Math.min(3, Math.max(1, relation.strength)) / 3 });
    } else if (relation.kind === 'reports_to') {
      add({ fromId: from, toId: to, via: 'reports_to', weight: LINK_WEIGHT });
      add({ fromId: to, toId: from, via: 'manages', weight: LINK_WEIGHT });
    } else if (relation.kind === 'ally') {
      add({ fromId: from, toId: to, via: 'ally', weight: LINK_WEIGHT });
      add({ fromId: to, toId: from, via: 'ally', weight: LINK_WEIGHT });
    }
  }
  return incoming;
}

/**
 * Everyone some supporter can reach through usable steps (supporters included): one search for
 * the whole map, for the "no path" insight, where the best chain does not matter.
 */
export function reachableFromSupporters(people: PathPerson[], relations: PathRelation[]): Set<string> {
  const outgoing = new Map<string, string[]>();
  for (const steps of incomingSteps(people, relations).values())
    for (const step of steps) outgoing.set(step.fromId, [...(outgoing.get(step.fromId) ?? []), step.toId]);
  const queue = people.filter((person) => !person.isPlaceholder && supports(person.stance)).map((person) => person.id);
  const reached = new Set(queue);
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const next of outgoing.get(id) ?? [])
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
  }
  return reached;
}

export function pathToPower(targetId: string, people: PathPerson[], relations: PathRelation[]): PathToPowerResult {
  const target = people.find((person) => person.id === targetId);
  if (!target) return { targetId, targetSupports: false, paths: [] };
  if (supports(target.stance)) return { targetId, targetSupports: true, paths: [] };

  const incoming = incomingSteps(people, relations);
  const stanceOf = new Map(people.map((person) => [person.id, person.stance]));
  // cost = −log(score); next[id] is the step from id towards the target on its best chain.
  const cost = new Map<string, number>([[targetId, 0]]);
  const next = new Map<string, PathStep>();
  const done = new Set<string>();
  for (;;) {
    let current: string | null = null;
    for (const [id, value] of cost)
      if (!done.has(id) && (current === null || value < (cost.get(current) ?? Infinity))) current = id;
    if (current === null) break;
    done.add(current);
    // A supporter is where a chain starts; going on through them would only give longer chains.
    const stance = stanceOf.get(current);
    if (current !== targetId && stance && supports(stance)) continue;
    for (const step of incoming.get(current) ?? []) {
      const candidate = (cost.get(current) ?? 0) - Math.log(step.weight * HOP_PENALTY);
      if (candidate < (cost.get(step.fromId) ?? Infinity) - 1e-12) {
        cost.set(step.fromId, candidate);
        next.set(step.fromId, step);
      }
    }
  }

  const paths: PowerPath[] = [];
  for (const person of people) {
    if (person.id === targetId || person.isPlaceholder || !supports(person.stance) || !next.has(person.id)) continue;
    const steps: PathStep[] = [];
    let at = person.id;
    while (at !== targetId) {
      const step = next.get(at) as PathStep;
      steps.push(step);
      at = step.toId;
    }
    paths.push({
      personIds: [person.id, ...steps.map((step) => step.toId)],
      steps,
      score: Math.exp(-(cost.get(person.id) ?? Infinity)),
    });
  }
  paths.sort((a, b) => b.score - a.score || a.personIds.length - b.personIds.length);
  return { targetId, targetSupports: false, paths: paths.slice(0, MAX_PATHS) };
}
