import { PERSON_LAYERS, ROLES, STANCES } from '../../../../shared/domain/enums';
import type { Db } from '../../db/connection';
import { newId, nowIso } from '../common';
import { intBetween, pick, seededRandom } from './random';

export interface GenerateOptions {
  /** How many people (at least 1). */
  people: number;
  seed: number;
  name?: string;
}

export interface GeneratedAccount {
  accountId: string;
  mapId: string;
  /** In tree order: the first is the root of the reporting tree. */
  personIds: string[];
  orgUnitIds: string[];
  /** Lines written: reports_to (people - 1) and influences. */
  relationCount: number;
}

const CARD = { width: 200, height: 120 };
const STEP = { x: CARD.width + 30, y: CARD.height + 40 };
const UNIT_PAD = 40;
const UNIT_GAP = 120;

/**
 * A large account for benchmarks, not exposed through the contract: N people in a reporting
 * tree (each manager has 3–6 reports), one org unit per branch under the root, about one
 * influence line per ten people, and everyone placed on one map (units as containers, people
 * in a grid inside their unit). One transaction; 2,000 people take well under a second.
 */
export function generateAccount(db: Db, { people, seed, name }: GenerateOptions): GeneratedAccount {
  if (!Number.isInteger(people) || people < 1) throw new RangeError('people must be a positive integer');
  const random = seededRandom(seed);
  const now = nowIso();
  const accountId = newId();
  const mapId = newId();

  // The tree, breadth first: parent[i] < i, unitOf[i] is the branch under the root.
  const parent: number[] = [-1];
  const depth: number[] = [0];
  for (let next = 0; parent.length < people; next++) {
    const reports = intBetween(random, 3, 6);
    for (let k = 0; k < reports && parent.length < people; k++) {
      parent.push(next);
      depth.push((depth[next] ?? 0) + 1);
    }
  }
  const branchOf = parent.map((_, i) => {
    let node = i;
    while ((parent[node] ?? -1) > 0) node = parent[node] ?? 0;
    return node; // 0 for the root, else its ancestor at depth 1
  });
  const branches = [...new Set(branchOf)];
  const personIds = parent.map(() => newId());
  const unitIds = new Map(branches.map((branch) => [branch, newId()]));

  const insert = db.transaction(() => {
    db.prepare(`INSERT INTO accounts (id, name, tier, created_at, updated_at) VALUES (?, ?, 'strategic', ?, ?)`).run(
      accountId,
      name ?? `Generated account (${people} people)`,
      now,
      now,
    );
    db.prepare(`INSERT INTO maps (id, account_id, name, created_at, updated_at) VALUES (?, ?, 'Power map', ?, ?)`).run(
      mapId,
      accountId,
      now,
      now,
    );
    const unit = db.prepare('INSERT INTO org_units (id, account_id, name, sort_order) VALUES (?, ?, ?, ?)');
    branches.forEach((branch, i) =>
      unit.run(unitIds.get(branch), accountId, i === 0 ? 'Leadership' : `Division ${i}`, i),
    );

    const person = db.prepare(
      `INSERT INTO people (id, account_id, org_unit_id, name, title, role, influence, stance, access, progress,
         layer, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'know', ?, ?, ?)`,
    );
    personIds.forEach((id, i) => {
      const level = depth[i] ?? 0;
      person.run(
        id,
        accountId,
        unitIds.get(branchOf[i] ?? 0),
        `Person ${i + 1}`,
        level === 0 ? 'Chief Executive' : `Level ${level} manager`,
        level === 0 ? 'approver' : level === 1 ? pick(random, ['decision_maker', 'evaluator']) : pick(random, ROLES),
        Math.max(1, 5 - level + intBetween(random, -1, 0)),
        pick(random, STANCES),
        intBetween(random, 0, 4),
        level <= 2 ? 'key' : pick(random, PERSON_LAYERS),
        now,
        now,
      );
    });

    const line = db.prepare(
      `INSERT INTO relations (id, account_id, kind, from_person_id, to_person_id, strength, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let relationCount = 0;
    for (let i = 1; i < people; i++) {
      line.run(newId(), accountId, 'reports_to', personIds[i], personIds[parent[i] ?? 0], 1, now, now);
      relationCount++;
    }
    const influences = new Set<string>();
    const wanted = people >= 2 ? Math.floor(people / 10) : 0;
    for (let tries = 0; influences.size < wanted && tries < wanted * 10; tries++) {
      const from = intBetween(random, 0, people - 1);
      const to = intBetween(random, 0, people - 1);
      if (from === to || influences.has(`${from}>${to}`)) continue;
      influences.add(`${from}>${to}`);
      line.run(newId(), accountId, 'influences', personIds[from], personIds[to], intBetween(random, 1, 3), now, now);
      relationCount++;
    }

    // Each unit a block of cards in a grid, blocks side by side.
    const item = db.prepare(
      `INSERT INTO map_items (id, map_id, person_id, org_unit_id, x, y, width, height, z) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let left = 0;
    for (const branch of branches) {
      const members = personIds.flatMap((id, i) => (branchOf[i] === branch ? [id] : []));
      const columns = Math.max(1, Math.ceil(Math.sqrt(members.length * 1.5)));
      const rows = Math.ceil(members.length / columns);
      const width = columns * STEP.x - (STEP.x - CARD.width) + 2 * UNIT_PAD;
      const height = rows * STEP.y - (STEP.y - CARD.height) + 2 * UNIT_PAD;
      item.run(newId(), mapId, null, unitIds.get(branch), left, 0, width, height, 0);
      members.forEach((id, k) => {
        const x = left + UNIT_PAD + (k % columns) * STEP.x;
        const y = UNIT_PAD + Math.floor(k / columns) * STEP.y;
        item.run(newId(), mapId, id, null, x, y, null, null, 1);
      });
      left += width + UNIT_GAP;
    }
    return relationCount;
  });
  const relationCount = insert();
  return { accountId, mapId, personIds, orgUnitIds: [...unitIds.values()], relationCount };
}
