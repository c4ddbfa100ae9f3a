/**
 * Secondary reporting: a line of kind `dotted_line` joins the kinds a relation may be. SQLite
 * cannot change a CHECK in place, so the table is built again with the new list and every row
 * copied across as it was (nothing references relations, so dropping the old table cascades to
 * nothing); its indexes are made again under their old names.
 */
export default /* sql */ `
CREATE TABLE relations_next (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('reports_to','dotted_line','influences','ally','rival','covers')),
  from_person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
  from_member_id TEXT REFERENCES team_members(id) ON DELETE CASCADE,
  to_person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
  to_member_id TEXT REFERENCES team_members(id) ON DELETE CASCADE,
  strength INTEGER NOT NULL DEFAULT 1 CHECK (strength BETWEEN 0 AND 3),
  label TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((from_person_id IS NULL) <> (from_member_id IS NULL)),
  CHECK ((to_person_id IS NULL) <> (to_member_id IS NULL)),
  CHECK (from_person_id IS NULL OR to_person_id IS NULL OR from_person_id <> to_person_id),
  CHECK (kind <> 'covers' OR (from_member_id IS NOT NULL AND to_person_id IS NOT NULL AND strength <= 2)),
  CHECK (kind = 'covers' OR (from_person_id IS NOT NULL AND to_person_id IS NOT NULL))
) STRICT;
INSERT INTO relations_next (id, account_id, kind, from_person_id, from_member_id, to_person_id, to_member_id,
  strength, label, note, created_at, updated_at)
SELECT id, account_id, kind, from_person_id, from_member_id, to_person_id, to_member_id,
  strength, label, note, created_at, updated_at
FROM relations ORDER BY rowid;
DROP TABLE relations;
ALTER TABLE relations_next RENAME TO relations;
CREATE INDEX relations_account ON relations(account_id);
CREATE INDEX relations_from_person ON relations(from_person_id);
CREATE INDEX relations_to_person ON relations(to_person_id);
`;
