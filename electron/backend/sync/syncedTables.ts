import type { SqliteTable } from '../../../shared/api/tables';

/**
 * What a shared account's document holds: for each table, the columns that are synced (an explicit
 * allowlist: a column not named here never enters a document) and which rows are the account's.
 * Rows are read through the public connection, which hides private contacts and what hangs on
 * them, so a private row could not enter even if a rule here were wrong.
 *
 * Left out on purpose: a person's private notes, birthday, interests and family notes; whether a
 * team member is "me" (each member is their own); a map's saved viewport (each member's own view);
 * dismissed and snoozed insights (each member's own); and what triggers derive (search, totals).
 */
export interface SyncedTable {
  table: SqliteTable;
  /** The columns that tell one row from another. */
  key: readonly string[];
  /** Every synced column, the key's included. */
  columns: readonly string[];
  /** Which rows are the account's (`@account` is its id). */
  of: string;
  /** Rows several accounts share (our team members, tags): brought in, never deleted by a sync. */
  shared?: true;
  /** Only rows that pass this may be deleted by a teammate's change. */
  deletable?: string;
  /**
   * Kept as one value per row rather than a map per row: for the many rows that are written once
   * and seldom edited (contacts, who took part, promises, the history, lines) or whose columns go
   * together (a card's place: x and y), which keeps the document a fraction of the size. Two
   * members editing such a row at once: the later write takes it whole.
   */
  whole?: true;
}

const ACCOUNT = 'account_id = @account';
const PEOPLE = 'person_id IN (SELECT id FROM people WHERE account_id = @account)';

/** Parents before children: rows are written in this order and deleted in the reverse. */
export const SYNCED_TABLES: readonly SyncedTable[] = [
  {
    table: 'accounts',
    key: ['id'],
    columns: [
      'id',
      'name',
      'tier',
      'stage',
      'relationship_type',
      'potential',
      'org_step',
      'notes',
      'created_at',
      'updated_at',
    ],
    of: 'id = @account',
  },
  {
    table: 'team_members',
    key: ['id'],
    columns: ['id', 'name', 'title', 'email', 'created_at'],
    of: `id IN (SELECT member_id FROM account_team WHERE ${ACCOUNT}
      UNION SELECT from_member_id FROM relations WHERE ${ACCOUNT}
      UNION SELECT to_member_id FROM relations WHERE ${ACCOUNT}
      UNION SELECT by_member_id FROM commitments WHERE ${ACCOUNT}
      UNION SELECT to_member_id FROM commitments WHERE ${ACCOUNT}
      UNION SELECT owner_member_id FROM actions WHERE ${ACCOUNT}
      UNION SELECT member_id FROM map_items WHERE map_id IN (SELECT id FROM maps WHERE ${ACCOUNT})
      UNION SELECT member_id FROM interaction_participants
        WHERE interaction_id IN (SELECT id FROM interactions WHERE ${ACCOUNT}))`,
    shared: true,
  },
  {
    table: 'tags',
    key: ['id'],
    columns: ['id', 'name', 'color'],
    of: `id IN (SELECT tag_id FROM person_tags WHERE ${PEOPLE})`,
    shared: true,
  },
  { table: 'competitors', key: ['id'], columns: ['id', 'account_id', 'name', 'notes'], of: ACCOUNT },
  {
    table: 'opportunities',
    key: ['id'],
    columns: ['id', 'account_id', 'name', 'status', 'amount', 'close_date', 'notes', 'created_at', 'updated_at'],
    of: ACCOUNT,
  },
  { table: 'org_units', key: ['id'], columns: ['id', 'account_id', 'parent_id', 'name', 'sort_order'], of: ACCOUNT },
  {
    table: 'people',
    key: ['id'],
    columns: [
      'id',
      'account_id',
      'org_unit_id',
      'name',
      'title',
      'is_placeholder',
      'role',
      'influence',
      'stance',
      'access',
      'progress',
      'layer',
      'role_confidence',
      'influence_confidence',
      'stance_confidence',
      'access_confidence',
      'role_assessed_at',
      'influence_assessed_at',
      'stance_assessed_at',
      'access_assessed_at',
      'progress_assessed_at',
      'competitor_id',
      'email',
      'phone',
      'mobile',
      'im_handle',
      'address',
      'cadence_days',
      'created_at',
      'updated_at',
      'deleted_at',
    ],
    of: ACCOUNT,
  },
  {
    table: 'opportunity_assessments',
    key: ['opportunity_id', 'person_id'],
    columns: ['opportunity_id', 'person_id', 'role', 'influence', 'stance', 'assessed_at'],
    of: PEOPLE,
  },
  {
    table: 'account_team',
    key: ['account_id', 'member_id'],
    columns: ['account_id', 'member_id', 'role'],
    of: ACCOUNT,
  },
  {
    table: 'relations',
    whole: true,
    key: ['id'],
    columns: [
      'id',
      'account_id',
      'kind',
      'from_person_id',
      'from_member_id',
      'to_person_id',
      'to_member_id',
      'strength',
      'label',
      'note',
      'created_at',
      'updated_at',
    ],
    of: ACCOUNT,
  },
  {
    table: 'maps',
    key: ['id'],
    columns: ['id', 'account_id', 'opportunity_id', 'name', 'sort_order', 'created_at', 'updated_at'],
    of: ACCOUNT,
  },
  {
    table: 'map_notes',
    key: ['id'],
    columns: ['id', 'account_id', 'kind', 'text', 'color', 'created_at', 'updated_at'],
    of: ACCOUNT,
  },
  {
    table: 'map_items',
    whole: true,
    key: ['id'],
    columns: [
      'id',
      'map_id',
      'person_id',
      'member_id',
      'org_unit_id',
      'note_id',
      'x',
      'y',
      'width',
      'height',
      'collapsed',
      'z',
    ],
    of: 'map_id IN (SELECT id FROM maps WHERE account_id = @account)',
  },
  {
    table: 'interactions',
    whole: true,
    key: ['id'],
    columns: [
      'id',
      'account_id',
      'occurred_at',
      'scenario',
      'channel',
      'summary',
      'notes',
      'bank_effect',
      'created_at',
      'updated_at',
    ],
    of: ACCOUNT,
    // A private contact never enters a document, so no teammate's change may take one away.
    deletable: 'is_private = 0',
  },
  {
    table: 'interaction_participants',
    whole: true,
    key: ['interaction_id', 'person_id', 'member_id'],
    columns: ['interaction_id', 'person_id', 'member_id'],
    of: 'interaction_id IN (SELECT id FROM interactions WHERE account_id = @account)',
    deletable: 'interaction_id IN (SELECT id FROM interactions WHERE is_private = 0)',
  },
  {
    table: 'commitments',
    whole: true,
    key: ['id'],
    columns: [
      'id',
      'account_id',
      'interaction_id',
      'description',
      'by_person_id',
      'by_member_id',
      'to_person_id',
      'to_member_id',
      'due_date',
      'state',
      'closed_at',
      'created_at',
      'updated_at',
    ],
    of: ACCOUNT,
    deletable: 'interaction_id IS NULL OR interaction_id IN (SELECT id FROM interactions WHERE is_private = 0)',
  },
  {
    table: 'goals',
    key: ['id'],
    columns: [
      'id',
      'account_id',
      'person_id',
      'title',
      'horizon',
      'target_stance',
      'target_access',
      'target_progress',
      'due_date',
      'status',
      'note',
      'created_at',
      'updated_at',
    ],
    of: ACCOUNT,
  },
  {
    table: 'actions',
    key: ['id'],
    columns: [
      'id',
      'account_id',
      'goal_id',
      'title',
      'owner_member_id',
      'due_date',
      'horizon',
      'status',
      'outcome',
      'source_insight',
      'created_at',
      'updated_at',
    ],
    of: ACCOUNT,
  },
  {
    table: 'action_people',
    key: ['action_id', 'person_id'],
    columns: ['action_id', 'person_id'],
    of: 'action_id IN (SELECT id FROM actions WHERE account_id = @account)',
  },
  {
    table: 'reviews',
    key: ['id'],
    columns: ['id', 'account_id', 'held_on', 'evaluated', 'decided', 'created_at'],
    of: ACCOUNT,
  },
  {
    table: 'analysis_cells',
    key: ['id'],
    columns: ['id', 'account_id', 'party', 'competitor_id', 'dimension', 'text', 'updated_at'],
    of: ACCOUNT,
  },
  { table: 'person_tags', key: ['person_id', 'tag_id'], columns: ['person_id', 'tag_id'], of: PEOPLE },
  {
    table: 'person_history',
    whole: true,
    // Its own numbering (seq) is each file's; a change is told apart by what it says.
    key: ['person_id', 'opportunity_id', 'field', 'new_value', 'changed_at', 'kind'],
    columns: [
      'person_id',
      'opportunity_id',
      'field',
      'old_value',
      'new_value',
      'changed_at',
      'reason',
      'change_id',
      'kind',
      'learned_at',
    ],
    of: PEOPLE,
  },
];

export const SYNCED_TABLE_NAMES: ReadonlySet<string> = new Set(SYNCED_TABLES.map((spec) => spec.table));
