/**
 * The text side of search, free of SQLite: how a typed query splits into terms, how a term is
 * quoted for FTS5, and which piece of a found text to show with the matches marked.
 */

/** The trigram tokenizer indexes 3-character pieces; shorter terms need another way in. */
export const TRIGRAM = 3;

const length = (text: string): number => [...text].length;

/** Whitespace-separated terms, lower-cased, without repeats; at most 8 (more adds nothing). */
export function searchTerms(text: string): string[] {
  const terms = text.toLowerCase().split(/\s+/u).filter(Boolean);
  return [...new Set(terms)].slice(0, 8);
}

export const isShortTerm = (term: string): boolean => length(term) < TRIGRAM;

/** A term as an FTS5 string: always quoted, so 'OR', '-' or '*' in it are text, not syntax. */
export const ftsString = (term: string): string => `"${term.replaceAll('"', '""')}"`;

/**
 * The smallest string greater than every string that starts with `prefix` (for a range scan of
 * the index's vocabulary): the last character moved one code point up.
 */
export function prefixUpperBound(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop();
  if (last === undefined) return '\u{10FFFF}';
  return chars.join('') + String.fromCodePoint((last.codePointAt(0) ?? 0) + 1);
}

export interface Snippet {
  text: string;
  /** [start, end) in `text`, in UTF-16 units as JavaScript strings count them. */
  highlights: [number, number][];
}

/**
 * A window of `text` around its first match of any term (case-insensitive), with every match in
 * the window marked, ellipses where text was cut. Without a match, the start of the text.
 */
export function snippetOf(text: string, terms: readonly string[], radius = 40): Snippet {
  const clean = text.replace(/\s+/gu, ' ').trim();
  const lower = clean.toLowerCase();
  // toLowerCase keeps UTF-16 length for the scripts we meet, so positions carry over.
  const sameLength = lower.length === clean.length;
  let first = -1;
  for (const term of terms) {
    const at = sameLength ? lower.indexOf(term) : -1;
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  const start = first < 0 ? 0 : Math.max(0, first - radius / 2);
  const end = Math.min(clean.length, start + radius * 2);
  const prefix = start > 0 ? '…' : '';
  const window = prefix + clean.slice(start, end) + (end < clean.length ? '…' : '');
  const highlights: [number, number][] = [];
  if (sameLength) {
    const windowLower = lower.slice(start, end);
    for (const term of terms) {
      for (let at = windowLower.indexOf(term); at >= 0 && term; at = windowLower.indexOf(term, at + term.length)) {
        highlights.push([at + prefix.length, at + prefix.length + term.length]);
      }
    }
  }
  return { text: window, highlights: mergeRanges(highlights) };
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
