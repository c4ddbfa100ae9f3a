/**
 * Search learns what is private. A person's private notes and personal details move out of the
 * searchable body into their own column, and a private interaction (with the commitments made in
 * it) is flagged as a private document as a whole. The public scope searches neither, so a wall
 * screen cannot find a person by a word of their private notes, nor see a private contact.
 *
 * The index runs in FTS5's secure-delete mode: text taken out of a document (a deleted person, a
 * note rewritten, a deleted account) leaves no trace in the index's own tables.
 *
 * Layout as before: `search_docs` holds one row per searchable thing, triggers keep it in step
 * with its source, people and accounts get negative docids and everything else positive ones,
 * and title, body and private text end with two spaces so that every character starts a trigram.
 */
const NAMED = ['person', 'account'];
const PAD = `'  '`;

interface DocSource {
  kind: string;
  table: string;
  account: string;
  person: string;
  title: string;
  body: string;
  /** Text only its owner may search: a person's private notes and personal details. */
  privateText: string;
  /** Whether the whole document is private (a private interaction, a commitment made in one). */
  isPrivate: string;
  /** A row that is not kept (a deleted person) keeps its document with blank text, for undo. */
  keep: string;
}

const SOURCES: DocSource[] = [
  {
    kind: 'person',
    table: 'people',
    account: '?.account_id',
    person: '?.id',
    title: '?.name',
    body: `?.title || ' ' || ?.email`,
    privateText: `?.interests || ' ' || ?.family_notes || ' ' || ?.private_notes`,
    isPrivate: '0',
    keep: '?.deleted_at IS NULL',
  },
  {
    kind: 'account',
    table: 'accounts',
    account: '?.id',
    person: 'NULL',
    title: '?.name',
    body: '?.notes',
    privateText: `''`,
    isPrivate: '0',
    keep: '1',
  },
  {
    kind: 'interaction',
    table: 'interactions',
    account: '?.account_id',
    person: 'NULL',
    title: '?.summary',
    body: '?.notes',
    privateText: `''`,
    isPrivate: '?.is_private',
    keep: '1',
  },
  {
    kind: 'commitment',
    table: 'commitments',
    account: '?.account_id',
    person: 'coalesce(?.by_person_id, ?.to_person_id)',
    title: '?.description',
    body: `''`,
    privateText: `''`,
    isPrivate: 'coalesce((SELECT i.is_private FROM interactions i WHERE i.id = ?.interaction_id), 0)',
    keep: '1',
  },
  {
    kind: 'action',
    table: 'actions',
    account: '?.account_id',
    person: 'NULL',
    title: '?.title',
    body: '?.outcome',
    privateText: `''`,
    isPrivate: '0',
    keep: '1',
  },
  {
    kind: 'note',
    table: 'map_notes',
    account: '?.account_id',
    person: 'NULL',
    title: `''`,
    body: '?.text',
    privateText: `''`,
    isPrivate: '0',
    keep: '1',
  },
];

const OLD_KINDS = ['person', 'account', 'interaction', 'commitment', 'action', 'note'];

const at = (expression: string, row: string): string => expression.replaceAll('?.', row);
const text = (source: DocSource, expression: string, row: string): string =>
  `CASE WHEN ${at(source.keep, row)} THEN ${at(expression, row)} ELSE '' END || ${PAD}`;

function nextDocid(kind: string): string {
  return NAMED.includes(kind)
    ? '(SELECT min(coalesce(min(docid), 0), 0) - 1 FROM search_docs)'
    : '(SELECT max(coalesce(max(docid), 0), 0) + 1 FROM search_docs)';
}

function firstDocids(kind: string): string {
  return NAMED.includes(kind)
    ? '(SELECT min(coalesce(min(docid), 0), 0) FROM search_docs) - row_number() OVER ()'
    : '(SELECT max(coalesce(max(docid), 0), 0) FROM search_docs) + row_number() OVER ()';
}

function triggers(source: DocSource): string {
  const { kind, table } = source;
  const values = (row: string) => ({
    account: at(source.account, row),
    person: at(source.person, row),
    title: text(source, source.title, row),
    body: text(source, source.body, row),
    privateText: text(source, source.privateText, row),
    isPrivate: at(source.isPrivate, row),
  });
  const inserted = values('NEW.');
  const all = values('');
  return `
CREATE TRIGGER search_${kind}_insert AFTER INSERT ON ${table}
BEGIN
  INSERT INTO search_docs (docid, kind, ref_id, account_id, person_id, title, body, private_text, is_private)
  VALUES (${nextDocid(kind)}, '${kind}', NEW.id, ${inserted.account}, ${inserted.person},
    ${inserted.title}, ${inserted.body}, ${inserted.privateText}, ${inserted.isPrivate});
END;
CREATE TRIGGER search_${kind}_update AFTER UPDATE ON ${table}
BEGIN
  UPDATE search_docs SET account_id = ${inserted.account}, person_id = ${inserted.person},
    title = ${inserted.title}, body = ${inserted.body}, private_text = ${inserted.privateText},
    is_private = ${inserted.isPrivate}
  WHERE kind = '${kind}' AND ref_id = OLD.id;
END;
CREATE TRIGGER search_${kind}_delete AFTER DELETE ON ${table}
BEGIN
  DELETE FROM search_docs WHERE kind = '${kind}' AND ref_id = OLD.id;
END;
INSERT INTO search_docs (docid, kind, ref_id, account_id, person_id, title, body, private_text, is_private)
SELECT ${firstDocids(kind)}, '${kind}', id, ${all.account}, ${all.person}, ${all.title}, ${all.body},
  ${all.privateText}, ${all.isPrivate}
FROM ${table};
`;
}

export default /* sql */ `
${OLD_KINDS.map((kind) => ['insert', 'update', 'delete'].map((op) => `DROP TRIGGER search_${kind}_${op};`).join('\n')).join('\n')}
DROP TRIGGER search_docs_insert;
DROP TRIGGER search_docs_update;
DROP TRIGGER search_docs_delete;
DROP TABLE search_fts;
DROP TABLE search_docs;

CREATE TABLE search_docs (
  docid INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('person','account','interaction','commitment','action','note')),
  ref_id TEXT NOT NULL,
  account_id TEXT NOT NULL,
  person_id TEXT,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  private_text TEXT NOT NULL,
  is_private INTEGER NOT NULL CHECK (is_private IN (0,1)),
  UNIQUE (kind, ref_id)
) STRICT;

CREATE VIRTUAL TABLE search_fts USING fts5(
  title, body, private_text, content='search_docs', content_rowid='docid', tokenize='trigram'
);
INSERT INTO search_fts (search_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER search_docs_insert AFTER INSERT ON search_docs BEGIN
  INSERT INTO search_fts (rowid, title, body, private_text) VALUES (NEW.docid, NEW.title, NEW.body, NEW.private_text);
END;
CREATE TRIGGER search_docs_update AFTER UPDATE OF title, body, private_text ON search_docs
WHEN OLD.title IS NOT NEW.title OR OLD.body IS NOT NEW.body OR OLD.private_text IS NOT NEW.private_text BEGIN
  INSERT INTO search_fts (search_fts, rowid, title, body, private_text)
  VALUES ('delete', OLD.docid, OLD.title, OLD.body, OLD.private_text);
  INSERT INTO search_fts (rowid, title, body, private_text) VALUES (NEW.docid, NEW.title, NEW.body, NEW.private_text);
END;
CREATE TRIGGER search_docs_delete AFTER DELETE ON search_docs BEGIN
  INSERT INTO search_fts (search_fts, rowid, title, body, private_text)
  VALUES ('delete', OLD.docid, OLD.title, OLD.body, OLD.private_text);
END;

${SOURCES.map(triggers).join('\n')}

-- An interaction made private (or public again) takes the commitments made in it along.
CREATE TRIGGER search_interaction_privacy AFTER UPDATE OF is_private ON interactions
WHEN OLD.is_private IS NOT NEW.is_private BEGIN
  UPDATE search_docs SET is_private = NEW.is_private
  WHERE kind = 'commitment' AND ref_id IN (SELECT id FROM commitments WHERE interaction_id = NEW.id);
END;
`;
