import type { OpportunityOverride, Person } from '../../../shared/api/entities';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Db } from '../db/connection';
import { nowIso } from './common';
import { getOpportunity } from './opportunities';
import { personOfAccount } from './people';
import { freshChangeId } from './historyReasons';

const FIELDS = ['role', 'influence', 'stance'] as const;
type OverrideRow = OpportunityOverride & { assessedAt: string | null };

export function listOverrides(db: Db, opportunityId: string): OverrideRow[] {
  return db
    .prepare(
      `SELECT person_id AS personId, role, influence, stance, assessed_at AS assessedAt
       FROM opportunity_assessments WHERE opportunity_id = ?`,
    )
    .all(opportunityId) as OverrideRow[];
}

function getOverride(db: Db, opportunityId: string, personId: string): OpportunityOverride {
  const row = db
    .prepare(
      `SELECT person_id AS personId, role, influence, stance FROM opportunity_assessments
       WHERE opportunity_id = ? AND person_id = ?`,
    )
    .get(opportunityId, personId) as OpportunityOverride | undefined;
  return row ?? { personId, role: null, influence: null, stance: null };
}

/**
 * The person as this opportunity sees them: each overridden field replaces the account-level one,
 * with the time of the opportunity's assessment.
 */
export function effectivePerson<
  P extends Pick<
    Person,
    'role' | 'influence' | 'stance' | 'roleAssessedAt' | 'influenceAssessedAt' | 'stanceAssessedAt'
  >,
>(person: P, override: OverrideRow | undefined): P {
  if (!override) return person;
  return {
    ...person,
    ...(override.role !== null && { role: override.role, roleAssessedAt: override.assessedAt }),
    ...(override.influence !== null && { influence: override.influence, influenceAssessedAt: override.assessedAt }),
    ...(override.stance !== null && { stance: override.stance, stanceAssessedAt: override.assessedAt }),
  };
}

/**
 * Sets or clears (null) a person's role, influence or stance for one opportunity. Each changed
 * field appends a history row tagged with the opportunity, holding the effective values.
 */
export function assess(
  db: Db,
  { opportunityId, personId, patch, changeId }: ParsedInputOf<'opportunities.assess'>,
): { before: OpportunityOverride; after: OpportunityOverride } {
  return db.transaction(() => {
    const opportunity = getOpportunity(db, opportunityId);
    const person = personOfAccount(db, personId, opportunity.accountId, 'personId');
    const before = getOverride(db, opportunityId, personId);
    const change = freshChangeId(db, changeId);
    const after: OpportunityOverride = { ...before };
    for (const field of FIELDS) if (patch[field] !== undefined) Object.assign(after, { [field]: patch[field] });
    const now = nowIso();
    const history = db.prepare(
      `INSERT INTO person_history (person_id, opportunity_id, field, old_value, new_value, changed_at, change_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    let changed = false;
    for (const field of FIELDS) {
      if (after[field] === before[field]) continue;
      changed = true;
      history.run(
        personId,
        opportunityId,
        field,
        String(before[field] ?? person[field]),
        String(after[field] ?? person[field]),
        now,
        change,
      );
    }
    if (!changed) return { before, after };
    if (FIELDS.every((field) => after[field] === null)) {
      db.prepare('DELETE FROM opportunity_assessments WHERE opportunity_id = ? AND person_id = ?').run(
        opportunityId,
        personId,
      );
    } else {
      db.prepare(
        `INSERT INTO opportunity_assessments (opportunity_id, person_id, role, influence, stance, assessed_at)
         VALUES (@opportunityId, @personId, @role, @influence, @stance, @now)
         ON CONFLICT (opportunity_id, person_id) DO UPDATE SET role = excluded.role,
           influence = excluded.influence, stance = excluded.stance, assessed_at = excluded.assessed_at`,
      ).run({ opportunityId, ...after, now });
    }
    return { before, after };
  })();
}
