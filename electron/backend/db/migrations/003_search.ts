/**
 * Full-text search over everything a user writes, in Chinese and English alike. `search_docs`
 * holds one row per searchable thing, kept in step with its source by triggers (so every writer,
 * whoever owns it, keeps the index right); `search_fts` indexes it with the trigram tokenizer,
 * which needs no word segmentation and so finds 采购 inside 讨论采购流程.
 *
 * Title and body end with two spaces on purpose: a 1- or 2-character query is answered from the
 * trigram vocabulary (terms that start with the query), and the padding makes every character
 * of the text the start of some trigram, the last ones included.
 *
 * People and accounts get negative docids, everything else positive ones, so a query can ask
 * the index for names alone or for the newest notes alone (FTS5 narrows by rowid range cheaply).
 */
const NAMED = ['person', 'account'];
const nextDocid = (kind: string): string =>
  NAMED.includes(kind)
    ? '(SELECT min(coalesce(min(docid), 0), 0) - 1 FROM search_docs)'
    : '(SELECT max(coalesce(max(docid), 0), 0) + 1 FROM search_docs)';
const firstDocids = (kind: string): string =>
  NAMED.includes(kind)
    ? '(SELECT min(coalesce(min(docid), 0), 0) FROM search_docs) - row_number() OVER ()'
    : '(SELECT max(coalesce(max(docid), 0), 0) FROM search_docs) + row_number() OVER ()';

/**
 * The triggers that keep one kind's documents in step with its table. A row that is not `keep`
 * (a deleted person) keeps its document with blank text, so deleting and restoring gives back
 * the very same row (and undo leaves the file as it was).
 */
const docs = (
  kind: string,
  table: string,
  select: { account: string; person: string; title: string; body: string },
  keep = '1',
): string => {
  const text = (expression: string, row: string): string =>
    `CASE WHEN ${keep.replaceAll('?.', row)} THEN ${expression.replaceAll('?.', row)} ELSE '' END || '  '`;
  const at = (expression: string, row: string): string => expression.replaceAll('?.', row);
  return `
CREATE TRIGGER search_${kind}_insert AFTER INSERT ON ${table}
BEGIN
  INSERT INTO search_docs (docid, kind, ref_id, account_id, person_id, title, body)
  VALUES (${nextDocid(kind)}, '${kind}', NEW.id, ${at(select.account, 'NEW.')}, ${at(select.person, 'NEW.')},
    ${text(select.title, 'NEW.')}, ${text(select.body, 'NEW.')});
END;
CREATE TRIGGER search_${kind}_update AFTER UPDATE ON ${table}
BEGIN
  UPDATE search_docs SET account_id = ${at(select.account, 'NEW.')}, person_id = ${at(select.person, 'NEW.')},
    title = ${text(select.title, 'NEW.')}, body = ${text(select.body, 'NEW.')}
  WHERE kind = '${kind}' AND ref_id = OLD.id;
END;
CREATE TRIGGER search_${kind}_delete AFTER DELETE ON ${table}
BEGIN
  DELETE FROM search_docs WHERE kind = '${kind}' AND ref_id = OLD.id;
END;
INSERT INTO search_docs (docid, kind, ref_id, account_id, person_id, title, body)
SELECT ${firstDocids(kind)}, '${kind}', id, ${at(select.account, '')}, ${at(select.person, '')},
  ${text(select.title, '')}, ${text(select.body, '')}
FROM ${table};
`;
};

export default /* sql */ `
CREATE TABLE search_docs (
  docid INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('person','account','interaction','commitment','action','note')),
  ref_id TEXT NOT NULL,
  account_id TEXT NOT NULL,
  person_id TEXT,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  UNIQUE (kind, ref_id)
) STRICT;

CREATE VIRTUAL TABLE search_fts USING fts5(
  title, body, content='search_docs', content_rowid='docid', tokenize='trigram'
);

CREATE TRIGGER search_docs_insert AFTER INSERT ON search_docs BEGIN
  INSERT INTO search_fts (rowid, title, body) VALUES (NEW.docid, NEW.title, NEW.body);
END;
CREATE TRIGGER search_docs_update AFTER UPDATE OF title, body ON search_docs
WHEN OLD.title IS NOT NEW.title OR OLD.body IS NOT NEW.body BEGIN
  INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', OLD.docid, OLD.title, OLD.body);
  INSERT INTO search_fts (rowid, title, body) VALUES (NEW.docid, NEW.title, NEW.body);
END;
CREATE TRIGGER search_docs_delete AFTER DELETE ON search_docs BEGIN
  INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', OLD.docid, OLD.title, OLD.body);
END;

${docs(
  'person',
  'people',
  {
    account: '?.account_id',
    person: '?.id',
    title: '?.name',
    body: `?.title || ' ' || ?.email || ' ' || ?.interests || ' ' || ?.family_notes || ' ' || ?.private_notes`,
  },
  '?.deleted_at IS NULL',
)}
${docs('account', 'accounts', { account: '?.id', person: 'NULL', title: '?.name', body: '?.notes' })}
${docs('interaction', 'interactions', {
  account: '?.account_id',
  person: 'NULL',
  title: '?.summary',
  body: '?.notes',
})}
${docs('commitment', 'commitments', {
  account: '?.account_id',
  person: 'coalesce(?.by_person_id, ?.to_person_id)',
  title: '?.description',
  body: `''`,
})}
${docs('action', 'actions', { account: '?.account_id', person: 'NULL', title: '?.title', body: '?.outcome' })}
${docs('note', 'map_notes', { account: '?.account_id', person: 'NULL', title: `''`, body: '?.text' })}
`;
