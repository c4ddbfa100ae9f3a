import { z } from 'zod';
import {
  ACTION_STATUSES,
  ANALYSIS_DIMENSIONS,
  CHANNELS,
  COMMITMENT_STATES,
  CONFIDENCES,
  HORIZONS,
  NOTE_KINDS,
  OPPORTUNITY_STATUSES,
  ORG_STEPS,
  PERSON_LAYERS,
  PROGRESS_STEPS,
  RELATION_KINDS,
  RELATIONSHIP_TYPES,
  ROLES,
  SCENARIOS,
  STAGES,
  STANCES,
  TEAM_ROLES,
  TIERS,
} from '../../domain/enums';
import { Id } from '../entities';

/**
 * The tables a workspace file carries, column by column, in the order they are written back
 * (parents before children). Each column says what it holds: an id of its own row, a reference
 * to another table's row (remapped on import), plain values, or codes from the domain's lists.
 * The file's row schemas, the export's SELECTs and the import's remapping all come from here,
 * so a column added to the database and not to this list is caught by a test, not lost.
 */
/** The tables of a workspace file by their key in it, in the order they are written back. */
export const WORKSPACE_TABLE_KEYS = [
  'accounts',
  'teamMembers',
  'tags',
  'accountTeam',
  'competitors',
  'opportunities',
  'orgUnits',
  'people',
  'personTags',
  'opportunityAssessments',
  'relations',
  'maps',
  'mapNotes',
  'mapItems',
  'interactions',
  'interactionParticipants',
  'commitments',
  'goals',
  'actions',
  'actionPeople',
  'reviews',
  'analysisCells',
  'insightStates',
  'personHistory',
] as const;
export type WorkspaceTableKey = (typeof WORKSPACE_TABLE_KEYS)[number];

/**
 * What a column reads as when a file of the same format, written before the column existed,
 * leaves it out (absent: it must be there).
 */
type Absent = { absentAs?: string | number | boolean | null };

export type Column = Absent &
  (
    | { kind: 'id' }
    | { kind: 'ref'; table: WorkspaceTableKey; nullable: boolean }
    | { kind: 'text' | 'int' | 'real' | 'bool'; nullable: boolean }
    | { kind: 'enum'; values: readonly [string, ...string[]]; nullable: boolean }
    /** An id that names no row (one edit's change id): fresh on import, the same for the same value. */
    | { kind: 'token'; nullable: boolean }
    /** Text that may name a row by its id (an insight's subject): the ids in it are remapped. */
    | { kind: 'subject' }
  );

const id: Column = { kind: 'id' };
const ref = (table: WorkspaceTableKey): Column => ({ kind: 'ref', table, nullable: false });
const optRef = (table: WorkspaceTableKey): Column => ({ kind: 'ref', table, nullable: true });
const text: Column = { kind: 'text', nullable: false };
const optText: Column = { kind: 'text', nullable: true };
const int: Column = { kind: 'int', nullable: false };
const optInt: Column = { kind: 'int', nullable: true };
const real: Column = { kind: 'real', nullable: false };
const optReal: Column = { kind: 'real', nullable: true };
const bool: Column = { kind: 'bool', nullable: false };
const oneOf = (values: readonly [string, ...string[]]): Column => ({ kind: 'enum', values, nullable: false });
const optOneOf = (values: readonly [string, ...string[]]): Column => ({ kind: 'enum', values, nullable: true });

export interface WorkspaceTable {
  /** The key of its rows in the file (camelCase, as the contract names things). */
  key: WorkspaceTableKey;
  /** The SQLite table. */
  table: string;
  /** Columns by their SQLite name; the file names them in camelCase. */
  columns: Record<string, Column>;
  /**
   * How its rows belong to an account: they are the accounts themselves ('self'), by their own
   * `account_id`, through a parent row, or not at
   * all (our team and tags are shared by every account; an account's file takes those it uses).
   */
  owner: 'self' | { column: 'account_id' } | { via: string; parent: WorkspaceTableKey } | 'global';
  /** The order rows are written in, which is also the order the app reads them in. */
  orderBy: string;
}

export const WORKSPACE_TABLES = [
  {
    key: 'accounts',
    table: 'accounts',
    columns: {
      id,
      name: text,
      tier: oneOf(TIERS),
      stage: oneOf(STAGES),
      relationship_type: oneOf(RELATIONSHIP_TYPES),
      potential: int,
      org_step: oneOf(ORG_STEPS),
      notes: text,
      is_sample: bool,
      created_at: text,
      updated_at: text,
    },
    owner: 'self',
    orderBy: 'created_at, id',
  },
  {
    key: 'teamMembers',
    table: 'team_members',
    columns: {
      id,
      name: text,
      title: text,
      email: text,
      is_me: bool,
      created_at: text,
      sample_account_id: optRef('accounts'),
    },
    owner: 'global',
    orderBy: 'created_at, id',
  },
  {
    key: 'tags',
    table: 'tags',
    columns: { id, name: text, color: text },
    owner: 'global',
    orderBy: 'name, id',
  },
  {
    key: 'accountTeam',
    table: 'account_team',
    columns: { account_id: ref('accounts'), member_id: ref('teamMembers'), role: oneOf(TEAM_ROLES) },
    owner: { column: 'account_id' },
    orderBy: 'account_id, member_id',
  },
  {
    key: 'competitors',
    table: 'competitors',
    columns: { id, account_id: ref('accounts'), name: text, notes: text },
    owner: { column: 'account_id' },
    orderBy: 'name, id',
  },
  {
    key: 'opportunities',
    table: 'opportunities',
    columns: {
      id,
      account_id: ref('accounts'),
      name: text,
      status: oneOf(OPPORTUNITY_STATUSES),
      amount: optReal,
      close_date: optText,
      notes: text,
      created_at: text,
      updated_at: text,
    },
    owner: { column: 'account_id' },
    orderBy: 'created_at, id',
  },
  {
    key: 'orgUnits',
    table: 'org_units',
    columns: { id, account_id: ref('accounts'), parent_id: optRef('orgUnits'), name: text, sort_order: int },
    owner: { column: 'account_id' },
    orderBy: 'sort_order, id',
  },
  {
    key: 'people',
    table: 'people',
    columns: {
      id,
      account_id: ref('accounts'),
      org_unit_id: optRef('orgUnits'),
      name: text,
      title: text,
      is_placeholder: bool,
      role: oneOf(ROLES),
      influence: int,
      stance: oneOf(STANCES),
      access: int,
      progress: oneOf(PROGRESS_STEPS),
      layer: oneOf(PERSON_LAYERS),
      role_confidence: oneOf(CONFIDENCES),
      influence_confidence: oneOf(CONFIDENCES),
      stance_confidence: oneOf(CONFIDENCES),
      access_confidence: oneOf(CONFIDENCES),
      role_assessed_at: optText,
      influence_assessed_at: optText,
      stance_assessed_at: optText,
      access_assessed_at: optText,
      progress_assessed_at: optText,
      competitor_id: optRef('competitors'),
      email: text,
      phone: text,
      mobile: text,
      im_handle: text,
      address: text,
      birthday: optText,
      interests: text,
      family_notes: text,
      private_notes: text,
      cadence_days: optInt,
      created_at: text,
      updated_at: text,
      // A person in the bin comes along, so that undoing their deletion still works after an import.
      deleted_at: optText,
    },
    owner: { column: 'account_id' },
    orderBy: 'created_at, id',
  },
  {
    key: 'personTags',
    table: 'person_tags',
    columns: { person_id: ref('people'), tag_id: ref('tags') },
    owner: { via: 'person_id', parent: 'people' },
    orderBy: 'person_id, tag_id',
  },
  {
    key: 'opportunityAssessments',
    table: 'opportunity_assessments',
    columns: {
      opportunity_id: ref('opportunities'),
      person_id: ref('people'),
      role: optOneOf(ROLES),
      influence: optInt,
      stance: optOneOf(STANCES),
      assessed_at: optText,
    },
    owner: { via: 'opportunity_id', parent: 'opportunities' },
    orderBy: 'opportunity_id, person_id',
  },
  {
    key: 'relations',
    table: 'relations',
    columns: {
      id,
      account_id: ref('accounts'),
      kind: oneOf(RELATION_KINDS),
      from_person_id: optRef('people'),
      from_member_id: optRef('teamMembers'),
      to_person_id: optRef('people'),
      to_member_id: optRef('teamMembers'),
      strength: int,
      label: text,
      note: text,
      created_at: text,
      updated_at: text,
    },
    owner: { column: 'account_id' },
    orderBy: 'created_at, id',
  },
  {
    key: 'maps',
    table: 'maps',
    columns: {
      id,
      account_id: ref('accounts'),
      opportunity_id: optRef('opportunities'),
      name: text,
      sort_order: int,
      viewport: optText,
      created_at: text,
      updated_at: text,
    },
    owner: { column: 'account_id' },
    orderBy: 'sort_order, created_at, id',
  },
  {
    key: 'mapNotes',
    table: 'map_notes',
    columns: {
      id,
      account_id: ref('accounts'),
      kind: oneOf(NOTE_KINDS),
      text,
      color: text,
      created_at: text,
      updated_at: text,
    },
    owner: { column: 'account_id' },
    orderBy: 'created_at, id',
  },
  {
    key: 'mapItems',
    table: 'map_items',
    columns: {
      id,
      map_id: ref('maps'),
      person_id: optRef('people'),
      member_id: optRef('teamMembers'),
      org_unit_id: optRef('orgUnits'),
      note_id: optRef('mapNotes'),
      x: real,
      y: real,
      width: optReal,
      height: optReal,
      collapsed: bool,
      z: int,
    },
    owner: { via: 'map_id', parent: 'maps' },
    orderBy: 'map_id, z, id',
  },
  {
    key: 'interactions',
    table: 'interactions',
    columns: {
      id,
      account_id: ref('accounts'),
      occurred_at: text,
      scenario: oneOf(SCENARIOS),
      channel: oneOf(CHANNELS),
      summary: text,
      notes: text,
      is_private: bool,
      bank_effect: int,
      created_at: text,
      updated_at: text,
    },
    owner: { column: 'account_id' },
    orderBy: 'occurred_at, id',
  },
  {
    key: 'interactionParticipants',
    table: 'interaction_participants',
    columns: {
      interaction_id: ref('interactions'),
      person_id: optRef('people'),
      member_id: optRef('teamMembers'),
    },
    owner: { via: 'interaction_id', parent: 'interactions' },
    orderBy: 'interaction_id, person_id, member_id',
  },
  {
    key: 'commitments',
    table: 'commitments',
    columns: {
      id,
      account_id: ref('accounts'),
      interaction_id: optRef('interactions'),
      description: text,
      by_person_id: optRef('people'),
      by_member_id: optRef('teamMembers'),
      to_person_id: optRef('people'),
      to_member_id: optRef('teamMembers'),
      due_date: optText,
      state: oneOf(COMMITMENT_STATES),
      closed_at: optText,
      created_at: text,
      updated_at: text,
    },
    owner: { column: 'account_id' },
    orderBy: 'created_at, id',
  },
  {
    key: 'goals',
    table: 'goals',
    columns: {
      id,
      account_id: ref('accounts'),
      person_id: optRef('people'),
      title: text,
      horizon: optOneOf(HORIZONS),
      target_stance: optOneOf(STANCES),
      target_access: optInt,
      target_progress: optOneOf(PROGRESS_STEPS),
      due_date: optText,
      status: oneOf(['open', 'achieved', 'dropped']),
      note: text,
      created_at: text,
      updated_at: text,
    },
    owner: { column: 'account_id' },
    orderBy: 'created_at, id',
  },
  {
    key: 'actions',
    table: 'actions',
    columns: {
      id,
      account_id: ref('accounts'),
      goal_id: optRef('goals'),
      title: text,
      owner_member_id: optRef('teamMembers'),
      due_date: optText,
      horizon: optOneOf(HORIZONS),
      status: oneOf(ACTION_STATUSES),
      outcome: text,
      source_insight: optText,
      created_at: text,
      updated_at: text,
    },
    owner: { column: 'account_id' },
    orderBy: 'created_at, id',
  },
  {
    key: 'actionPeople',
    table: 'action_people',
    columns: { action_id: ref('actions'), person_id: ref('people') },
    owner: { via: 'action_id', parent: 'actions' },
    orderBy: 'action_id, person_id',
  },
  {
    key: 'reviews',
    table: 'reviews',
    columns: {
      id,
      account_id: ref('accounts'),
      held_on: text,
      evaluated: text,
      decided: text,
      created_at: text,
    },
    owner: { column: 'account_id' },
    orderBy: 'held_on, id',
  },
  {
    key: 'analysisCells',
    table: 'analysis_cells',
    columns: {
      id,
      account_id: ref('accounts'),
      party: oneOf(['customer', 'us', 'competitor']),
      competitor_id: optRef('competitors'),
      dimension: oneOf(ANALYSIS_DIMENSIONS),
      text,
      updated_at: text,
    },
    owner: { column: 'account_id' },
    orderBy: 'party, competitor_id, dimension, id',
  },
  {
    key: 'insightStates',
    table: 'insight_states',
    columns: {
      account_id: ref('accounts'),
      rule: text,
      subject: { kind: 'subject' },
      state: oneOf(['dismissed', 'snoozed']),
      until: optText,
      reason: text,
      created_at: text,
    },
    owner: { column: 'account_id' },
    orderBy: 'rule, subject',
  },
  {
    // The append-only past of each person's assessment, with the reasons given; `seq` is only
    // its order, which the rows keep, and is numbered afresh where they are written back.
    key: 'personHistory',
    table: 'person_history',
    columns: {
      person_id: ref('people'),
      opportunity_id: optRef('opportunities'),
      field: oneOf(['role', 'influence', 'stance', 'access', 'progress']),
      old_value: optText,
      new_value: text,
      changed_at: text,
      reason: text,
      change_id: { kind: 'token', nullable: true },
      // Files written before reviews and learned dates existed hold changes learned when written.
      kind: { ...oneOf(['change', 'review']), absentAs: 'change' },
      learned_at: { ...optText, absentAs: null },
    },
    owner: { via: 'person_id', parent: 'people' },
    orderBy: 'seq',
  },
] as const satisfies readonly WorkspaceTable[];

/**
 * The tables of the database a workspace file leaves out on purpose, each with why. A table in
 * neither list makes a test fail: a new table must be carried or left out knowingly.
 */
export const WORKSPACE_LEFT_OUT: Record<string, string> = {
  settings: 'the preferences of this machine (language, backups, thresholds), not the workspace’s content',
  search_docs: 'the search index, rebuilt from the rows by triggers as they are written',
  search_fts: 'the search index’s full-text table, rebuilt with search_docs',
  search_fts_data: 'part of the full-text index',
  search_fts_idx: 'part of the full-text index',
  search_fts_docsize: 'part of the full-text index',
  search_fts_config: 'part of the full-text index',
  search_paused: 'empty outside a bulk write’s own transaction',
  contact_totals: 'each person’s contact totals, kept from the contacts by triggers as they are written',
  insights_touched: 'notes of recent writes for the insights kept in memory, not content',
  sqlite_sequence: 'SQLite’s own counter of person_history.seq, renumbered where rows are written',
  team_connection: 'the team server this file syncs with, and this member’s token: never part of a file they share',
  team_documents: 'each shared account’s sync document as this member has it, kept for the sync only',
  team_document_updates: 'the changes of those sync documents, kept for the sync only',
};

/** `org_unit_id` → `orgUnitId`. */
export const camelOf = (column: string): string =>
  column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Longest text any one cell of a file may hold: well above every limit the app sets. */
const MAX_CELL = 1_000_000;

function columnSchema(column: Column): z.ZodType {
  const schema = presentSchema(column);
  return column.absentAs === undefined ? schema : schema.default(column.absentAs);
}

function presentSchema(column: Column): z.ZodType {
  switch (column.kind) {
    case 'id':
      return Id;
    case 'ref':
      return column.nullable ? Id.nullable() : Id;
    case 'text':
    case 'token':
      return column.nullable ? z.string().max(MAX_CELL).nullable() : z.string().max(MAX_CELL);
    case 'subject':
      return z.string().max(1_000);
    case 'int':
      return column.nullable ? z.int().nullable() : z.int();
    case 'real':
      return column.nullable ? z.number().nullable() : z.number();
    case 'bool':
      return z.boolean();
    case 'enum':
      return column.nullable ? z.enum(column.values).nullable() : z.enum(column.values);
  }
}

/** One row of a table as the file holds it: camelCase keys, booleans as booleans, nothing unknown. */
export function rowSchema(table: WorkspaceTable) {
  return z
    .object(
      Object.fromEntries(Object.entries(table.columns).map(([name, column]) => [camelOf(name), columnSchema(column)])),
    )
    .strict();
}
