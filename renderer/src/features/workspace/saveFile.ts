import { download } from '../map/exportImage';

/** A file name every file system takes, saying what and when: "Acme 2027-02-23.xlsx". */
export function datedFileName(what: string, extension: string, now = new Date()): string {
  const safe =
    what
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'Powermap';
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${safe} ${day}.${extension}`;
}

/**
 * Hands a file to the user the way every export does: a download, which the desktop app turns
 * into its save dialog and a browser into its downloads.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  download(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
