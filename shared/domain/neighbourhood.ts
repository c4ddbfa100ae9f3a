/**
 * A person's or a deal's neighbourhood on the map: everyone within `steps` lines of where focus
 * starts, over every kind of line (reporting lines, dotted lines, influence, allies, rivals), in
 * either direction. A deal's neighbourhood starts from the people involved in it. Pure.
 */

export interface Link {
  from: string;
  to: string;
}

/** Steps of focus the map offers: one, two or three lines out. */
export const FOCUS_STEPS = [1, 2, 3] as const;
export type FocusSteps = (typeof FOCUS_STEPS)[number];

/**
 * Each person within `steps` links of any of `start`, with their distance (the starts are 0).
 * Ids in `start` that no link names are still in the answer: the focus always holds its centre.
 * A breadth-first walk, linear in the people and links reached.
 */
export function neighbourhood(start: Iterable<string>, links: readonly Link[], steps: number): Map<string, number> {
  const next = new Map<string, string[]>();
  const join = (a: string, b: string) => {
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  };
  for (const { from, to } of links) {
    if (from === to) continue;
    join(from, to);
    join(to, from);
  }
  const distance = new Map<string, number>();
  let frontier: string[] = [];
  for (const id of start) {
    if (distance.has(id)) continue;
    distance.set(id, 0);
    frontier.push(id);
  }
  for (let step = 1; step <= steps && frontier.length > 0; step++) {
    const reached: string[] = [];
    for (const id of frontier) {
      for (const other of next.get(id) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, step);
        reached.push(other);
      }
    }
    frontier = reached;
  }
  return distance;
}
