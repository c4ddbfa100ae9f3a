/**
 * CSV as Excel and Numbers read it: a UTF-8 byte-order mark (without it Excel shows Chinese as
 * mojibake), CRLF line ends, and RFC 4180 quoting.
 */
export const CSV_BOM = '\uFEFF';

/** Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: quoted when it holds a separator, a quote or a line break; a would-be formula is defused. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: a header row then the data rows, every row the same width as the header. */
export function buildCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const lines = [header, ...rows].map((row) => {
    const cells = header.map((_, index) => csvCell(row[index]));
    return cells.join(',');
  });
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}
