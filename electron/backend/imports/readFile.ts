import { createHash } from 'node:crypto';
import { invalid } from '../services/common';
import { decodeText, looksLikeText } from './decode';
import { parseDelimited } from './delimited';
import { tableFromRows, type Table } from './table';
import { isVCard, parseVCards } from './vcard';
import { isZip, readFirstSheet } from './xlsx';

export interface ReadFile {
  format: 'csv' | 'xlsx' | 'vcard';
  /** How the text was decoded; an XLSX carries its own (`xlsx`). */
  encoding: string;
  table: Table;
}

const unreadable = (why: string): never =>
  invalid('dataBase64', 'file_unreadable', `Powermap cannot read this file (${why}); nothing was imported`);

/** The bytes of base64 text, refusing what is not base64. */
export function bytesOf(dataBase64: string): Uint8Array {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) unreadable('it is empty');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The last file read, by a digest of its bytes: the wizard previews a file and then commits the
 * same one, which need not be parsed twice. One entry, so memory holds at most one file's rows.
 */
let lastRead: { digest: string; read: ReadFile } | null = null;

/** readImportFile, answered from the last read when the bytes are the same. */
export function readImportFileOnce(bytes: Uint8Array): ReadFile {
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (lastRead?.digest === digest) return lastRead.read;
  const read = readImportFile(bytes);
  lastRead = { digest, read };
  return read;
}

/**
 * Reads any file an import takes, by what its bytes are rather than its name (a CSV saved as
 * .xls, a .txt vCard): a zip is a workbook, text with BEGIN:VCARD is vCards, other text is delimited.
 */
export function readImportFile(bytes: Uint8Array): ReadFile {
  let read: ReadFile;
  if (isZip(bytes)) {
    const sheet = readFirstSheet(bytes);
    if (!sheet.ok) unreadable(`not a workbook Excel can open: ${sheet.reason}`);
    const table = tableFromRows(sheet.ok ? sheet.rows : [], new Set(sheet.ok ? sheet.hidden : []));
    read = { format: 'xlsx', encoding: 'xlsx', table: table ?? { columns: [], rows: [] } };
  } else {
    const { text, encoding } = decodeText(bytes);
    if (!looksLikeText(text)) unreadable('it is neither text nor an Excel workbook');
    if (isVCard(text)) {
      read = { format: 'vcard', encoding, table: parseVCards(text) };
    } else {
      let rows: string[][];
      try {
        rows = parseDelimited(text).rows;
      } catch (error) {
        return unreadable(error instanceof Error ? error.message : 'broken quoting');
      }
      read = { format: 'csv', encoding, table: tableFromRows(rows) ?? { columns: [], rows: [] } };
    }
  }
  if (read.table.rows.length === 0) {
    invalid('dataBase64', 'file_no_people', 'The file has no rows of people under a header row; nothing was imported');
  }
  return read;
}
