import fs from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { z } from 'zod';
import type { PrintReviewRequest } from '../../shared/api/bridge';
import { Id } from '../../shared/api/entities';
import { datedFileName } from '../../shared/domain/fileName';
import { reviewHash } from '../../shared/domain/reviewRoute';
import { createHiddenWindow, appPageUrl } from './window';

/** What the page sends is checked like any input crossing into the main process. */
export const PrintReviewInput = z
  .object({ accountId: Id, paper: z.enum(['a4', 'letter']), includePrivate: z.boolean() })
  .strict();

/** A review of a large account (fonts, map picture) is drawn in a few seconds; this is the limit. */
const READY_TIMEOUT_MS = 60_000;
const POLL_MS = 200;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Prints the review page of an account to PDF: the page is loaded in a hidden window (it reads
 * the public scope unless private notes were ticked), printed once it says it is drawn, and the
 * user picks where the file goes. Returns the saved path, or null when the user cancelled.
 */
export async function printReview(request: PrintReviewRequest, parent: BrowserWindow | null): Promise<string | null> {
  const window = createHiddenWindow();
  try {
    await window.loadURL(appPageUrl(reviewHash(request)));
    const contents = window.webContents;
    let ready = false;
    for (let waited = 0; waited < READY_TIMEOUT_MS && !ready; waited += POLL_MS) {
      const state = (await contents.executeJavaScript(
        `document.documentElement.dataset.reviewReady === 'true' ? 'ready' : (document.querySelector('[role=alert]')?.textContent ?? '')`,
      )) as string;
      if (state === 'ready') ready = true;
      else if (state) throw new Error(state);
      else await sleep(POLL_MS);
    }
    if (!ready) throw new Error('The account review did not finish drawing');
    const pdf = await contents.printToPDF({
      landscape: true,
      pageSize: request.paper === 'letter' ? 'Letter' : 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    const title = (await contents.executeJavaScript('document.title')) as string;
    const options = {
      defaultPath: path.join(app.getPath('documents'), datedFileName(title, 'pdf', 'Account review')),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    await fs.writeFile(choice.filePath, pdf);
    return choice.filePath;
  } finally {
    window.destroy();
  }
}
