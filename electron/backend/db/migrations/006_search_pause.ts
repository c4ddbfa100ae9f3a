/**
 * A writer that adds thousands of rows at once (an import) can hold back the full-text index and
 * fill it in one statement at the end. FTS5 writes out what it holds in memory each time a
 * trigger adds one document, so 10,000 people took seconds; added in one go they take a tenth.
 *
 * `search_paused` has a row only inside such a writer's transaction (it removes the row before it
 * commits), so a crash or a rollback can never leave the index paused. While it has one, new
 * `search_docs` rows are not indexed by the trigger; the writer indexes them itself.
 */
export default /* sql */ `
CREATE TABLE search_paused (paused INTEGER PRIMARY KEY CHECK (paused = 1)) STRICT;

DROP TRIGGER search_docs_insert;
CREATE TRIGGER search_docs_insert AFTER INSERT ON search_docs
WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
  INSERT INTO search_fts (rowid, title, body, private_text) VALUES (NEW.docid, NEW.title, NEW.body, NEW.private_text);
END;
`;
