import type { Db } from '../../electron/backend/db/connection';
import type { BareGraph } from './bare/main';

/** The people and lines of a generated map as the bare React Flow page takes them. */
export function bareGraphOf(db: Db, accountId: string, mapId: string): BareGraph {
  const nodes = db
    .prepare(
      `SELECT p.id AS id, i.x AS x, i.y AS y, p.name AS label
         FROM map_items i JOIN people p ON p.id = i.person_id WHERE i.map_id = ?`,
    )
    .all(mapId) as BareGraph['nodes'];
  const relations = db
    .prepare(
      `SELECT id, kind, from_person_id AS fromId, to_person_id AS toId FROM relations
        WHERE account_id = ? AND from_person_id IS NOT NULL AND to_person_id IS NOT NULL`,
    )
    .all(accountId) as { id: string; kind: string; fromId: string; toId: string }[];
  // As our map draws them: a reports-to line goes from the manager (its `to`) down to the report.
  const edges = relations.map((r) =>
    r.kind === 'reports_to'
      ? { id: r.id, source: r.toId, target: r.fromId }
      : { id: r.id, source: r.fromId, target: r.toId },
  );
  return { nodes, edges };
}
