import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { REPO_ROOT, startWebMode, type WebModeProcess } from '../helpers/webMode';

/** `npm run web` as a user starts it, minus the renderer build that `npm test` has already done. */
export class WebApp {
  private running: WebModeProcess | null = null;
  url = '';

  /** `opener` starts it without --no-open, with these variables (a PATH holding a stand-in opener). */
  constructor(
    readonly databasePath: string,
    private readonly opener?: { env: NodeJS.ProcessEnv },
  ) {}

  async start(): Promise<string> {
    if (!fs.existsSync(path.join(REPO_ROOT, 'out/renderer/index.html'))) {
      throw new Error('The renderer is not built: run `npm run build:web` first.');
    }
    this.running = await startWebMode(this.databasePath, this.opener);
    this.url = this.running.url;
    return this.url;
  }

  async stop(): Promise<void> {
    await this.running?.kill('SIGTERM');
    this.running = null;
  }

  async restart(): Promise<string> {
    await this.stop();
    return this.start();
  }
}

export const test = base.extend<{ app: WebApp }>({
  // Playwright reads a fixture's dependencies from its destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-e2e-'));
    const app = new WebApp(path.join(dir, 'powermap.sqlite'));
    await app.start();
    await use(app);
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };

/** A contract call straight to the running web mode, as a script would make it (owner scope unless told). */
export async function callApi<M extends MethodName>(
  app: WebApp,
  method: M,
  input: InputOf<M>,
  scope: 'owner' | 'public' = 'owner',
): Promise<OutputOf<M>> {
  const url = new URL(app.url);
  const token = decodeURIComponent(/token=([^&]+)/.exec(url.hash)?.[1] ?? '');
  const response = await fetch(`${url.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'X-Powermap-Scope': scope },
    body: JSON.stringify(input),
  });
  const payload = (await response.json()) as { ok: boolean; result?: unknown; error?: unknown };
  if (!payload.ok) throw new Error(`${method} failed: ${JSON.stringify(payload.error)}`);
  return payload.result as OutputOf<M>;
}

export async function createAccount(page: Page, name: string): Promise<void> {
  await page.getByTestId('new-account').click();
  await page.getByLabel('Account name').fill(name);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('account-card').filter({ hasText: name })).toBeVisible();
}

/** Adds a person with the toolbar button and names them in the inspector, as a user does. */
export async function addPerson(page: Page, name: string, title = ''): Promise<void> {
  const before = await page.getByTestId('person-card').count();
  await page.getByTestId('add-person').click();
  await expect(page.getByTestId('person-card')).toHaveCount(before + 1);
  const nameField = page.getByTestId('person-inspector').getByLabel('Name');
  await expect(nameField).toBeFocused();
  await nameField.fill(name);
  await nameField.press('Enter');
  if (title) {
    const titleField = page.getByTestId('person-inspector').getByLabel('Title');
    await titleField.fill(title);
    await titleField.press('Enter');
  }
  await expect(page.getByTestId('person-card').filter({ hasText: name })).toBeVisible();
}

export const card = (page: Page, name: string) => page.getByTestId('person-card').filter({ hasText: name });

/** Drags `target` so that its centre lands `dx`, `dy` screen pixels from the centre of `anchor`. */
export async function dragNextTo(page: Page, target: Locator, anchor: Locator, dx: number, dy: number): Promise<void> {
  const from = await target.boundingBox();
  const to = await anchor.boundingBox();
  if (!from || !to) throw new Error('not visible');
  const x = from.x + from.width / 2;
  const y = from.y + from.height / 2;
  const endX = to.x + to.width / 2 + dx;
  const endY = to.y + to.height / 2 + dy;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move((x + endX) / 2, (y + endY) / 2, { steps: 5 });
  await page.mouse.move(endX, endY, { steps: 5 });
  await page.mouse.up();
}

export async function connect(page: Page, manager: Locator, report: Locator): Promise<void> {
  const from = await manager.locator('.react-flow__handle-bottom').boundingBox();
  const to = await report.locator('.react-flow__handle-top').boundingBox();
  if (!from || !to) throw new Error('handles not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
  await page.mouse.up();
}

/** Where keyboard focus is, as the app's shortcuts see it (renderer/src/actions decides the same way). */
function focusPlace(page: Page): Promise<'page' | 'dialog' | 'field'> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'page';
    if (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) return 'field';
    if (focused instanceof HTMLSelectElement || (focused as HTMLElement).isContentEditable) return 'field';
    const covering = '[role="dialog"], [role="alertdialog"], [aria-modal="true"], [role="menu"], [role="listbox"]';
    return focused.closest(covering) ? 'dialog' : 'page';
  });
}

/**
 * Presses an app shortcut that fires on the page itself (Escape back to today, Delete) once focus
 * is out of every field, dialog, menu and list. Pressed earlier, the key would go to a field or a
 * dropdown still closing, and the test would race the app.
 */
export async function pressOnPage(page: Page, keys: string): Promise<void> {
  await expect.poll(() => focusPlace(page)).toBe('page');
  await page.keyboard.press(keys);
}

/** Ctrl+Z once focus has left every field: in a field the keys edit its text, not the account. */
export async function undoByKey(page: Page): Promise<void> {
  await expect.poll(() => focusPlace(page)).not.toBe('field');
  await page.keyboard.press('Control+z');
}

/** Ctrl+Shift+Z once focus has left every field, like undoByKey. */
export async function redoByKey(page: Page): Promise<void> {
  await expect.poll(() => focusPlace(page)).not.toBe('field');
  await page.keyboard.press('Control+Shift+z');
}

/** Clicks the canvas where nothing is drawn (its top-right corner), to clear focus and selection. */
export async function clickEmptyCanvas(page: Page): Promise<void> {
  const pane = page.locator('.react-flow__pane');
  const box = await pane.boundingBox();
  if (!box) throw new Error('no canvas');
  await pane.click({ position: { x: box.width - 120, y: 24 } });
}

import type { Database as SqliteFile } from 'better-sqlite3';

/**
 * Writes into the app's file while web mode is stopped, then starts it again and returns the new
 * address: the way to give a test a past (months of changes) the product only ever logs as they happen.
 */
export async function withStoppedApp(app: WebApp, write: (db: SqliteFile) => void): Promise<string> {
  await app.stop();
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(app.databasePath);
  try {
    db.transaction(() => write(db))();
  } finally {
    db.close();
  }
  return app.start();
}

/** What openSampleWithout can take out of the sample: its contact log, or its plan and analysis sheet. */
const SAMPLE_PARTS = {
  log: ['commitments', 'interactions'],
  plan: ['actions', 'goals', 'reviews', 'analysis_cells'],
} as const;

/**
 * Opens the sample account with part of its lived-in activity taken out, for a test that works on
 * the sample's people but counts only what it adds itself. Leaves the page in the account.
 */
export async function openSampleWithout(
  app: WebApp,
  page: Page,
  parts: readonly (keyof typeof SAMPLE_PARTS)[],
): Promise<void> {
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('account-title')).toBeVisible();
  const url = await withStoppedApp(app, (db) => {
    for (const table of parts.flatMap((part) => SAMPLE_PARTS[part])) db.prepare(`DELETE FROM ${table}`).run();
  });
  await page.goto(url);
  await page.getByTestId('account-card').click();
  await expect(page.getByTestId('account-title')).toBeVisible();
}
