import type { SearchHit, SearchKind } from '../../../shared/api/methods/search';
import { relevance } from '../../../shared/domain/searchRank';
import { ftsString, isShortTerm, prefixUpperBound, searchTerms, snippetOf } from '../../../shared/domain/searchText';
import type { Scope } from '../../../shared/domain/privacy';
import type { Db } from '../db/connection';

/** A 1- or 2-character term stands for the indexed trigrams that start with it; beyond this many it is too vague to help. */
const MAX_EXPANSION = 4000;
/** How many matching names, and how many of the newest matching notes, are ranked. */
const NAMES_READ = 100;
const NOTES_READ = 200;

interface Row {
  kind: SearchKind;
  id: string;
  accountId: string;
  accountName: string;
  personId: string | null;
  title: string;
  body: string;
  privateText: string;
}

/**
 * Ranked matches of `text` in names, titles and notes of every account. Terms of 3 characters or
 * more go straight to the trigram index; shorter ones (王总, 采购, HR) are answered from the
 * index's vocabulary: the trigrams that begin with them. A query of one character looks at names
 * and titles only, since one character occurs in most notes.
 *
 * In the public scope a person's private notes and personal details are not searched at all (the
 * query names only the title and body columns), and private documents are left out by the
 * public connection's view of `search_docs`.
 */
export function searchAll(db: Db, text: string, limit = 20, scope: Scope = 'owner'): SearchHit[] {
  const terms = searchTerms(text);
  if (terms.length === 0) return [];
  const titlesOnly = terms.length === 1 && [...(terms[0] as string)].length === 1;
  const columns: VocabularyColumns = titlesOnly ? ['title'] : scope === 'public' ? ['title', 'body'] : 'all';
  const parts: string[] = [];
  for (const term of terms) {
    const part = isShortTerm(term) ? expandShort(db, term, columns) : ftsString(term);
    if (part === null) return [];
    parts.push(part);
  }
  const joined = parts.map((part) => `(${part})`).join(' AND ');
  const everywhere = scope === 'public' ? `{title body} : (${joined})` : joined;
  // Bounded reads keep a common word (采购 in every third note) fast: all matching names, then
  // the newest matching notes; only what was read is ranked (shared/domain/searchRank.ts).
  const hits = new Set<number>();
  // Names have negative docids growing downwards, notes positive ones growing upwards: each read
  // starts at the newest and stops at 0 instead of skipping over the other range.
  const read = (match: string, range: '< 0' | '> 0', count: number): void => {
    const statement = db.prepare(
      `SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid ${range}
       ORDER BY rowid ${range === '< 0' ? 'ASC' : 'DESC'} LIMIT ${count}`,
    );
    for (const docid of statement.pluck().all(match) as number[]) hits.add(docid);
  };
  read(`{title} : (${joined})`, '< 0', NAMES_READ);
  if (!titlesOnly) {
    read(everywhere, '< 0', NAMES_READ);
    read(everywhere, '> 0', NOTES_READ);
  }
  if (hits.size === 0) return [];
  const docids = [...hits];
  const docs = db
    .prepare(
      `SELECT d.docid, d.kind, d.ref_id AS id, d.account_id AS accountId, a.name AS accountName,
         d.person_id AS personId, rtrim(d.title) AS title, rtrim(d.body) AS body,
         rtrim(d.private_text) AS privateText
       FROM search_docs d JOIN accounts a ON a.id = d.account_id
       WHERE d.docid IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(docids)) as (Row & { docid: number })[];
  const rows = docs
    .map((doc) => ({ doc, score: relevance(doc, terms) }))
    // Equal scores: the newer first.
    .sort((a, b) => b.score - a.score || Math.abs(b.doc.docid) - Math.abs(a.doc.docid))
    .slice(0, limit)
    .map(({ doc }) => doc);
  return rows.map((row) => {
    const title = snippetOf(row.title, terms, 200);
    // The owner finds people by their private notes too; the snippet then shows where.
    const inBody = snippetOf(row.body, terms);
    const body = inBody.highlights.length === 0 && row.privateText !== '' ? snippetOf(row.privateText, terms) : inBody;
    return {
      kind: row.kind,
      id: row.id,
      accountId: row.accountId,
      accountName: row.accountName,
      personId: row.personId,
      title: title.text,
      titleHighlights: title.highlights,
      snippet: body.text,
      highlights: body.highlights,
    };
  });
}

/** The index columns whose vocabulary a short term is looked up in. */
type VocabularyColumns = 'all' | readonly ('title' | 'body')[];

/** The trigrams that start with a short term, as one FTS5 OR-group; null when none does. */
function expandShort(db: Db, term: string, columns: VocabularyColumns): string | null {
  // The vocabulary table lives in temp, per connection: it stores nothing, and so stays out of the file.
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_fts, 'col')`);
  const rows = db
    .prepare(
      `SELECT DISTINCT term FROM search_vocab WHERE term >= ? AND term < ?
       ${columns === 'all' ? '' : `AND col IN (${columns.map(() => '?').join(', ')})`} LIMIT ${MAX_EXPANSION}`,
    )
    .pluck()
    .all(term, prefixUpperBound(term), ...(columns === 'all' ? [] : columns)) as string[];
  if (rows.length === 0) return null;
  return rows.map(ftsString).join(' OR ');
}
