/**
 * How well a found thing answers a query. The index says what matches; this orders it the way a
 * user expects: a name typed in full first, then names starting with it, then titles holding
 * every term, then text where the terms come often in little else (bm25's term-frequency
 * saturation and length normalisation, without its corpus-wide term counts, which cost a full
 * scan of every match per query). People and accounts weigh more than notes.
 */
export const SEARCH_KIND_WEIGHT = {
  person: 3,
  account: 3,
  action: 1.5,
  commitment: 1.3,
  interaction: 1,
  note: 1,
} as const;
export type RankedKind = keyof typeof SEARCH_KIND_WEIGHT;

const K1 = 1.2;
const B = 0.75;
/** A typical note's length in characters, for length normalisation. */
const AVERAGE_LENGTH = 120;

const occurrences = (text: string, term: string): number => {
  let count = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) count++;
  return count;
};

/** Term-frequency part of bm25 for one text. */
function textScore(text: string, terms: readonly string[]): number {
  const lengthFactor = K1 * (1 - B + (B * text.length) / AVERAGE_LENGTH);
  let score = 0;
  for (const term of terms) {
    const tf = occurrences(text, term);
    score += (tf * (K1 + 1)) / (tf + lengthFactor);
  }
  return score;
}

/** Higher is better; 0 means none of the terms is in the text (only an index bug would give it). */
export function relevance(doc: { kind: RankedKind; title: string; body: string }, terms: readonly string[]): number {
  const title = doc.title.trim().toLowerCase();
  const body = doc.body.toLowerCase();
  const whole = terms.join(' ');
  let titlePart = 0;
  if (title === whole) titlePart = 20;
  else if (title.startsWith(whole)) titlePart = 10;
  else if (terms.every((term) => title.includes(term))) titlePart = 5;
  titlePart += 2 * textScore(title, terms);
  return SEARCH_KIND_WEIGHT[doc.kind] * (titlePart + textScore(body, terms));
}
