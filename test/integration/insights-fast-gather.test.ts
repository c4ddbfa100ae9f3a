/**
 * The backend reads only what the rules use (recent contacts and changes one by one, older ones as
 * each person's latest, in SQL). After any run of edits its answers must be those of the rules on
 * every row as stored: the reference gather in test/helpers/insightsFullGather.ts.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateInsights, insightKey } from '../../shared/domain/insights';
import { mapStatus } from '../../shared/domain/mapStatus';
import { pathToPower } from '../../shared/domain/pathToPower';
import { STANCES } from '../../shared/domain/enums';
import { accountStatus, findPathToPower, listInsights } from '../../electron/backend/services/insights';
import { getThresholds } from '../../electron/backend/services/insightsThresholds';
import { generateAccount } from '../../electron/backend/services/sample/generate';
import { gatherFullInsightInput } from '../helpers/insightsFullGather';
import { callOk, startTempBackend } from '../helpers/tempDb';

const NOW = new Date();
const DAY = 86_400_000;
const ROLES = ['decision_maker', 'approver', 'influencer', 'user', 'coach'] as const;
const PROGRESS = ['none', 'know', 'connect', 'trust', 'leverage'] as const;

/** An instant some days before (or after) now, in the forms stored rows really take. */
const instant = fc
  .tuple(
    // Mostly around the falling windows' edges (90 and 180 days), where a wrong cut would show.
    fc.oneof(fc.integer({ min: -30, max: 800 }), fc.integer({ min: 80, max: 100 }), fc.integer({ min: 170, max: 190 })),
    fc.integer({ min: 0, max: DAY - 1 }),
    fc.constantFrom('iso', 'iso', 'iso', 'offset', 'date', 'year0', 'feb30'),
  )
  .map(([days, ms, form]) => {
    const at = new Date(NOW.getTime() - days * DAY - ms);
    const iso = at.toISOString();
    if (form === 'offset') return `${iso.slice(0, 19)}+08:00`;
    if (form === 'date') return iso.slice(0, 10);
    if (form === 'year0') return `0000${iso.slice(4)}`;
    if (form === 'feb30') return `${iso.slice(0, 4)}-02-30${iso.slice(10)}`;
    return iso;
  });

type Edit =
  | { kind: 'contact'; at: string; people: number[] }
  | {
      kind: 'change';
      person: number;
      field: 'stance' | 'progress';
      old: string;
      next: string;
      at: string;
      learned: boolean;
    }
  | { kind: 'promise'; person: number; due: string | null; state: 'open' | 'kept' | 'broken' }
  | { kind: 'assess'; person: number; stance: string; role: string; layer: string; progress: string }
  | { kind: 'cover'; person: number; strength: number }
  | { kind: 'delete'; person: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('contact' as const),
    at: instant,
    people: fc.array(fc.oneof(fc.nat(4), fc.nat(29)), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('change' as const),
    person: fc.nat(29),
    field: fc.constantFrom('stance' as const, 'progress' as const),
    old: fc.constantFrom(...STANCES, ...PROGRESS),
    next: fc.constantFrom(...STANCES, ...PROGRESS),
    at: instant,
    learned: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('promise' as const),
    person: fc.nat(29),
    due: fc.option(instant.map((at) => at.slice(0, 10))),
    state: fc.constantFrom('open' as const, 'kept' as const, 'broken' as const),
  }),
  fc.record({
    kind: fc.constant('assess' as const),
    person: fc.nat(29),
    stance: fc.constantFrom(...STANCES),
    role: fc.constantFrom(...ROLES),
    layer: fc.constantFrom('key', 'broad'),
    progress: fc.constantFrom(...PROGRESS),
  }),
  fc.record({ kind: fc.constant('cover' as const), person: fc.nat(29), strength: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ kind: fc.constant('delete' as const), person: fc.nat(29) }),
);

describe('the fast insights gather', () => {
  it('answers as the rules do on every stored row, after any run of edits', () => {
    const { backend } = startTempBackend();
    const { db, dispatch } = backend;
    const { accountId, mapId, personIds } = generateAccount(db, { people: 30, seed: 3, name: 'Property account' });
    const member = callOk(dispatch, 'team.create', { name: 'Lin' });
    callOk(dispatch, 'accountTeam.set', { accountId, memberId: member.id, role: 'account_manager' });
    // The first five are key relationships, so the contact and progress rules judge them.
    for (const id of personIds.slice(0, 5)) callOk(dispatch, 'people.update', { id, patch: { layer: 'key' } });
    const deleted = new Set<string>();
    const alive = (index: number) => (deleted.has(personIds[index]!) ? null : personIds[index]!);

    const apply = (step: Edit) => {
      const now = new Date().toISOString();
      if (step.kind === 'contact') {
        const id = randomUUID();
        db.prepare(
          `INSERT INTO interactions (id, account_id, occurred_at, scenario, created_at, updated_at)
           VALUES (?, ?, ?, 'work_daily', ?, ?)`,
        ).run(id, accountId, step.at, now, now);
        for (const index of new Set(step.people))
          db.prepare('INSERT INTO interaction_participants (interaction_id, person_id) VALUES (?, ?)').run(
            id,
            personIds[index],
          );
      } else if (step.kind === 'change') {
        db.prepare(
          `INSERT INTO person_history (person_id, field, old_value, new_value, changed_at, learned_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(
          personIds[step.person],
          step.field,
          step.old,
          step.next,
          step.learned ? now : step.at,
          step.learned ? step.at : null,
        );
      } else if (step.kind === 'promise') {
        db.prepare(
          `INSERT INTO commitments (id, account_id, description, by_member_id, to_person_id, due_date, state,
             created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(randomUUID(), accountId, 'Promise', member.id, personIds[step.person], step.due, step.state, now, now);
      } else {
        const id = alive(step.person);
        if (id === null) return;
        if (step.kind === 'assess')
          callOk(dispatch, 'people.update', {
            id,
            patch: { stance: step.stance, role: step.role, layer: step.layer, progress: step.progress },
          } as never);
        else if (step.kind === 'cover')
          callOk(dispatch, 'relations.setCoverage', {
            accountId,
            memberId: member.id,
            personId: id,
            strength: step.strength,
          });
        else {
          callOk(dispatch, 'people.delete', { ids: [id] });
          deleted.add(id);
        }
      }
    };

    const same = (scope?: string) => {
      const thresholds = getThresholds(db);
      const full = gatherFullInsightInput(db, accountId, scope);
      const fast = listInsights(db, accountId, scope, NOW);
      expect(fast.insights.map(({ state: _state, ...insight }) => ({ key: insightKey(insight), ...insight }))).toEqual(
        evaluateInsights(full, thresholds, NOW).map((insight) => ({ key: insightKey(insight), ...insight })),
      );
      const status = mapStatus(full.people, full.relations, thresholds.coverMinStrength);
      expect(fast.status).toEqual(status);
      expect(accountStatus(db, accountId, scope)).toEqual(status);
      const target = full.people[0];
      if (target)
        expect(findPathToPower(db, accountId, target.id, scope)).toEqual(
          pathToPower(target.id, full.people, full.relations),
        );
    };

    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        for (const step of edits) apply(step);
        same();
        same(mapId);
        return true;
      }),
      { numRuns: 40 },
    );
  });
});
