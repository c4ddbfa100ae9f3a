import fs from 'node:fs';
import path from 'node:path';

/** How many database files File → Open Recent offers. */
export const RECENT_LIMIT = 8;

/** The list with `file` first, each file once, the oldest beyond the limit left out. */
export function withRecent(list: readonly string[], file: string, limit = RECENT_LIMIT): string[] {
  return [file, ...list.filter((entry) => entry !== file)].slice(0, limit);
}

/** The recent files kept in the user-data folder (outside any database: they name databases). */
export function readRecent(store: string): string[] {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(store, 'utf8'));
    return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

export function writeRecent(store: string, list: readonly string[]): void {
  fs.mkdirSync(path.dirname(store), { recursive: true });
  const partial = `${store}.partial`;
  fs.writeFileSync(partial, JSON.stringify(list, null, 2));
  fs.renameSync(partial, store);
}
