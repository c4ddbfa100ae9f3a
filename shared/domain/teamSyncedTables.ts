import type { SqliteTable } from '../api/tables';

/**
 * Every table a teammate's change can reach in the local store: those the team sync writes as a
 * shared account's document arrives, and those the schema's triggers keep from them (contact
 * totals, the search index). When the sync's revision goes up, every view reading one reloads.
 */
export const TEAM_SYNCED_TABLES = [
  'accounts',
  'people',
  'org_units',
  'relations',
  'account_team',
  'team_members',
  'maps',
  'map_items',
  'map_notes',
  'opportunities',
  'opportunity_assessments',
  'interactions',
  'interaction_participants',
  'commitments',
  'goals',
  'actions',
  'action_people',
  'reviews',
  'competitors',
  'analysis_cells',
  'tags',
  'person_tags',
  'person_history',
  'contact_totals',
  'search_docs',
] as const satisfies readonly SqliteTable[];
