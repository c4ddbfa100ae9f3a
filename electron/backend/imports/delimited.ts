import { parse } from 'csv-parse/sync';

const DELIMITERS = [',', ';', '\t'] as const;
const SNIFF_LINES = 40;

/** How many times `delimiter` separates cells in `line`, outside quotes. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * The delimiter of a CSV, TSV or semicolon file (Excel in much of Europe writes semicolons): the one
 * that splits the most lines into the same number of cells, so a preamble of prose does not decide.
 */
export function sniffDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/, SNIFF_LINES).filter((line) => line.trim());
  let best: string = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, delimiter);
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    // The score favours many lines with one shared, non-zero number of cells.
    let score = 0;
    for (const [cells, lineCount] of counts) score = Math.max(score, lineCount * 1000 + cells);
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

/** The rows of a delimited text file, forgiving of the ragged rows and stray quotes real exports have. */
export function parseDelimited(text: string): { rows: string[][]; delimiter: string } {
  const delimiter = sniffDelimiter(text);
  const rows = parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: false,
    bom: true,
  }) as string[][];
  return { rows, delimiter };
}
