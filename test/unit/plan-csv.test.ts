import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCsv, CSV_BOM, csvCell } from '../../shared/domain/csv';
import { parseCsv } from '../helpers/parseCsv';

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, ends lines with CRLF and keeps Chinese as is', () => {
    const csv = buildCsv(['行动', '负责人'], [['拜访王总', '李明']]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(`${CSV_BOM}行动,负责人\r\n拜访王总,李明\r\n`);
  });

  it('quotes separators, quotes and line breaks, and leaves empty cells empty', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('reads back exactly what was written (formula-safe text)', () => {
    const text = fc
      .string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', 'x') })
      .filter((value) => !/^[=+\-@\t\r]/.test(value));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 5 }), (rows) => {
        const csv = buildCsv(['h1', 'h2'], rows);
        expect(parseCsv(csv.slice(CSV_BOM.length))).toEqual([['h1', 'h2'], ...rows]);
      }),
    );
  });
});
