import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const BUNDLE = 'out/backend/backendThread.mjs';
const SOURCE = 'electron/backend/threads/backendThread.ts';
/** What the bundle is built from: when any of it is newer, the bundle is stale. */
const SOURCE_FOLDERS = ['electron/backend', 'shared'];

function newestSourceMs(root: string): number {
  let newest = 0;
  for (const folder of SOURCE_FOLDERS) {
    for (const entry of fs.readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/**
 * The module web mode's backend threads run: the bundle `npm run build:web` made, unless a source
 * changed since, then the TypeScript source (slower to start, never out of date).
 */
export function webThreadEntry(root: string): URL {
  const bundle = path.join(root, BUNDLE);
  try {
    if (fs.statSync(bundle).mtimeMs >= newestSourceMs(root)) return pathToFileURL(bundle);
  } catch {
    // No bundle yet: the source it is.
  }
  return pathToFileURL(path.join(root, SOURCE));
}
