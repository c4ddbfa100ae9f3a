import ExcelJS from 'exceljs';

/** What a column holds: text, a number, or a calendar date (`YYYY-MM-DD`) written as an Excel date. */
export type XlsxKind = 'text' | 'number' | 'date';

export interface XlsxColumn {
  header: string;
  kind: XlsxKind;
  /** Width in characters; a sensible one for the kind when left out. */
  width?: number;
}

export type XlsxCell = string | number | null | undefined;

export interface XlsxSheet {
  name: string;
  columns: readonly XlsxColumn[];
  rows: readonly (readonly XlsxCell[])[];
}

/**
 * Text a spreadsheet would take for a formula (or, with + and -, a sum) when it is retyped or
 * pasted: such a cell is written as text and formatted as text, so it never runs.
 */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@\t\r]/.test(text);

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
/** Excel's own sheet-name rules: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (name: string): string => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';

function cellValue(kind: XlsxKind, value: XlsxCell): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (kind === 'number' && typeof value === 'number') return value;
  if (kind === 'date' && typeof value === 'string') {
    const match = DATE.exec(value);
    // A day, not an instant: midnight UTC is the day itself to Excel, whatever the time zone.
    if (match) return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  }
  return String(value);
}

/**
 * A workbook of real columns: a bold, frozen header row with a filter, numbers as numbers,
 * dates as Excel dates, everything else as text (Chinese and all, as XLSX is Unicode), and no
 * cell that a spreadsheet could run as a formula.
 */
export async function buildXlsx(sheets: readonly XlsxSheet[], creator = 'Powermap'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.created = new Date();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({
      header: column.header,
      width: column.width ?? (column.kind === 'date' ? 12 : column.kind === 'number' ? 10 : 24),
      ...(column.kind === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) {
      const added = worksheet.addRow(sheet.columns.map((column, i) => cellValue(column.kind, row[i])));
      added.eachCell((cell) => {
        if (typeof cell.value === 'string' && looksLikeFormula(cell.value)) cell.numFmt = '@';
      });
    }
    // The header row holds strings from our own labels; they are checked like every other cell.
    worksheet.getRow(1).eachCell((cell) => {
      if (typeof cell.value === 'string' && looksLikeFormula(cell.value)) cell.numFmt = '@';
    });
    if (sheet.columns.length > 0) {
      worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
