/**
 * A file name that is safe on every platform and says what and when: `name`, without the
 * characters no file system accepts, then the day (`YYYY-MM-DD`) and the extension.
 */
export function datedFileName(name: string, extension: string, fallback: string, now = new Date()): string {
  const safe =
    name
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || fallback;
  return `${safe} ${now.toISOString().slice(0, 10)}.${extension}`;
}
