import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const WAIT_MS = 30_000;

export type SheetRead = { ok: true; rows: string[][]; hidden: number[] } | { ok: false; reason: string };

/**
 * exceljs reads a workbook only asynchronously, while a contract call is answered synchronously
 * (one call, one transaction). So the workbook is read in a worker thread and this thread waits
 * for it on a shared flag: the call stays synchronous and exceljs stays the reader.
 */
const WORKER = `
const { workerData } = require('node:worker_threads');
const { port, signal, data, exceljs } = workerData;
const flag = new Int32Array(signal);
const text = (cell) => {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'result' in value) return value.result == null ? '' : String(value.result);
  try { return String(cell.text ?? ''); } catch { return ''; }
};
(async () => {
  let message;
  try {
    const ExcelJS = require(exceljs);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data);
    const sheet = workbook.worksheets.find((s) => !s.state || s.state === 'visible');
    if (!sheet) message = { ok: false, reason: 'no visible sheet' };
    else {
      const rows = [];
      sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
        const cells = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => { cells[column - 1] = text(cell); });
        for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = '';
        rows[rowNumber - 1] = cells;
      });
      for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
      const hidden = [];
      for (let c = 1; c <= sheet.columnCount; c++) if (sheet.getColumn(c).hidden) hidden.push(c - 1);
      message = { ok: true, rows, hidden };
    }
  } catch (error) {
    message = { ok: false, reason: String((error && error.message) || error) };
  }
  port.postMessage(message);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
})();
`;

/** The first visible sheet of an XLSX workbook as rows of text, and which columns are hidden. */
export function readFirstSheet(bytes: Uint8Array): SheetRead {
  const signal = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { port: port2, signal, data: bytes, exceljs: require.resolve('exceljs') },
    transferList: [port2],
  });
  try {
    const waited = Atomics.wait(new Int32Array(signal), 0, 0, WAIT_MS);
    const received = receiveMessageOnPort(port1);
    if (waited === 'timed-out' || !received) return { ok: false, reason: 'the workbook took too long to read' };
    return received.message as SheetRead;
  } finally {
    port1.close();
    void worker.terminate();
  }
}

/** Whether the bytes are a zip archive (an XLSX is one), whatever the file is called. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
