/**
 * `npm run test:e2e` runs this before Playwright: it finds the Chromium the end-to-end tests
 * drive (playwright.config.ts finds the same one) or installs one, and poppler's pdftotext for
 * the PDF checks, else stops with one line saying what to run.
 */
import { describeFound, ensureChromium, ensurePdfTools, systemHost } from './chromium';

const host = systemHost();
const outcome = ensureChromium(host);
if ('problem' in outcome) {
  console.error(outcome.problem);
  process.exit(1);
}
console.log(`End-to-end tests use ${describeFound(outcome)}`);
const pdfTools = ensurePdfTools(host);
if (pdfTools) {
  console.error(pdfTools.problem);
  process.exit(1);
}
