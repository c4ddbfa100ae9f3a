/**
 * Team workspaces. `team_connection` holds the one team server this file syncs with: its address,
 * the member's invite token and the name it belongs to. `team_documents` holds, per shared
 * account, its Yjs document as this member last had it (so edits made offline are kept and merge
 * when the server is back), who may open it, when it was last in step with the server, and when
 * this member deleted the account here (it then stops syncing here, for them alone). Neither
 * `team_document_updates` holds each change of a document since its state was last folded in, so
 * keeping a change costs its own size, not the document's. Neither table references accounts: an account shared by a teammate is known before its first sync brings it.
 */
export default /* sql */ `
CREATE TABLE team_connection (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  url TEXT NOT NULL,
  token TEXT NOT NULL,
  member TEXT NOT NULL,
  connected_at TEXT NOT NULL
) STRICT;

CREATE TABLE team_documents (
  account_id TEXT PRIMARY KEY,
  state BLOB,
  members TEXT NOT NULL DEFAULT '[]',
  last_synced_at TEXT,
  left_at TEXT
) STRICT;

CREATE TABLE team_document_updates (
  seq INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL,
  data BLOB NOT NULL
) STRICT;
CREATE INDEX team_document_updates_account ON team_document_updates(account_id, seq);
`;
