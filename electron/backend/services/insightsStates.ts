/** Dismissals and snoozes of insights (insight_states), each with the reason the user gave. */
import type { InsightStateRecord } from '../../../shared/api/methods/insights';
import type { InsightRule } from '../../../shared/domain/insights';
import type { Db } from '../db/connection';
import { getAccount } from './accounts';
import { allRows, nowIso } from './common';

export interface InsightTarget {
  accountId: string;
  rule: InsightRule;
  subject: string;
}

const COLUMNS = 'state, until, reason, created_at AS createdAt';

export function listStates(db: Db, accountId: string): Map<string, InsightStateRecord> {
  const rows = allRows<InsightStateRecord & { rule: string; subject: string }>(
    db,
    `SELECT rule, subject, ${COLUMNS} FROM insight_states WHERE account_id = ?`,
    accountId,
  );
  return new Map(rows.map(({ rule, subject, ...record }) => [`${rule}:${subject}`, record]));
}

function readState(db: Db, target: InsightTarget): InsightStateRecord | null {
  const row = db
    .prepare(`SELECT ${COLUMNS} FROM insight_states WHERE account_id = ? AND rule = ? AND subject = ?`)
    .get(target.accountId, target.rule, target.subject) as InsightStateRecord | undefined;
  return row ?? null;
}

/** A snooze counts until the end of its last day; after it the insight is active again. */
export function isInForce(record: InsightStateRecord, today: string): boolean {
  return record.state === 'dismissed' || (record.until !== null && record.until >= today);
}

/** Writes the state (null: active again) and returns what was there, for undo. */
export function writeState(
  db: Db,
  target: InsightTarget,
  next: InsightStateRecord | null,
): { previous: InsightStateRecord | null } {
  return db.transaction(() => {
    getAccount(db, target.accountId);
    const previous = readState(db, target);
    db.prepare('DELETE FROM insight_states WHERE account_id = ? AND rule = ? AND subject = ?').run(
      target.accountId,
      target.rule,
      target.subject,
    );
    if (next)
      db.prepare(
        `INSERT INTO insight_states (account_id, rule, subject, state, until, reason, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(target.accountId, target.rule, target.subject, next.state, next.until, next.reason, next.createdAt);
    return { previous };
  })();
}

export const dismissInsight = (db: Db, target: InsightTarget, reason: string) =>
  writeState(db, target, { state: 'dismissed', until: null, reason, createdAt: nowIso() });

export const snoozeInsight = (db: Db, target: InsightTarget, reason: string, until: string) =>
  writeState(db, target, { state: 'snoozed', until, reason, createdAt: nowIso() });
