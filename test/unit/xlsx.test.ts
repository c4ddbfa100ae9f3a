/**
 * Workbooks as Excel reads them: written by buildXlsx and read back with exceljs, as a user's
 * spreadsheet would open them.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildXlsx } from '../../shared/domain/xlsx';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('buildXlsx', () => {
  it('writes real columns with Chinese intact, numbers as numbers and dates as Excel dates', async () => {
    const bytes = await buildXlsx([
      {
        name: '人物',
        columns: [
          { header: '姓名', kind: 'text' },
          { header: '影响力', kind: 'number' },
          { header: '上次接触', kind: 'date' },
        ],
        rows: [
          ['王建国', 5, '2027-02-23'],
          ['Li Na', 3, null],
        ],
      },
    ]);
    const sheet = (await readBack(bytes)).getWorksheet('人物')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '姓名', '影响力', '上次接触']);
    expect(sheet.getCell('A2').value).toBe('王建国');
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Date);
    expect((sheet.getCell('C2').value as Date).toISOString()).toBe('2027-02-23T00:00:00.000Z');
    expect(sheet.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('C3').value).toBeNull();
    expect(sheet.rowCount).toBe(3);
  });

  it('writes text that looks like a formula as text, never as a formula', async () => {
    const nasty = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '=1+1'];
    const bytes = await buildXlsx([
      { name: 'People', columns: [{ header: 'Name', kind: 'text' }], rows: nasty.map((text) => [text]) },
    ]);
    const sheet = (await readBack(bytes)).getWorksheet('People')!;
    nasty.forEach((text, i) => {
      const cell = sheet.getCell(i + 2, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe('@');
    });
  });
});
