/**
 * What a method of the contract can read or write, by name: the SQLite tables of the file (the
 * migrations' own; a test checks the list against a freshly migrated database), and two things
 * kept beside the file. Each method declares the ones it reads or writes (see methods/common.ts);
 * after a write the renderer reloads exactly the reads that share a table with it.
 */
export const SQLITE_TABLES = [
  'accounts',
  'account_team',
  'actions',
  'action_people',
  'analysis_cells',
  'commitments',
  'competitors',
  /** Per person and privacy: last contact, bank balance, number of contacts; triggers keep it. */
  'contact_totals',
  'goals',
  'insight_states',
  /**
   * What each write touched, noted by the schema's triggers, so the insights kept in memory are
   * re-judged for just that; writes do not declare it (every one of those tables' writes adds to it).
   */
  'insights_touched',
  'interactions',
  'interaction_participants',
  'map_items',
  'map_notes',
  'maps',
  'opportunities',
  'opportunity_assessments',
  'org_units',
  'people',
  'person_history',
  'person_tags',
  'relations',
  'reviews',
  /** The search index, one row per thing found; the schema's triggers keep it as its tables are written. */
  'search_docs',
  /** Holds a row only inside a bulk write, while the search triggers wait for it to end. */
  'search_paused',
  'settings',
  'tags',
  /** The team server this file syncs with: its address, the member's token and name (one row). */
  'team_connection',
  /** Each shared account's Yjs document as last folded together, and who may open it. */
  'team_documents',
  /** The changes of each shared account's document since it was last folded together. */
  'team_document_updates',
  'team_members',
] as const;

/**
 * The full-text index over search_docs: its triggers fill it from search_docs, so whoever reads it
 * reads search_docs, and whoever writes search_docs writes it. It is declared as search_docs.
 */
export const FULL_TEXT_INDEX = { search_fts: 'search_docs' } as const;

/**
 * What Powermap keeps beside the database file, which some methods read or write too, and the
 * share to the room, which the app's process holds in memory while it lasts.
 */
export const FILE_STORES = [
  /** The backups folder beside the file. */
  'backup_files',
  /**
   * The open file's own state: ready, damaged or read-only; encrypted, unlocked, its key
   * remembered (the key file and the keychain).
   */
  'file_state',
  /** The share to the room: its code, its viewers and the inbox of their notes. */
  'room_share',
  /** The team sync's live state: its connections, who else has an account open, the last sync. */
  'team_live',
] as const;

export type SqliteTable = (typeof SQLITE_TABLES)[number];
export type FileStore = (typeof FILE_STORES)[number];
/** One thing a method reads or writes. */
export type Table = SqliteTable | FileStore;
