/**
 * `npm run test:e2e` runs this before Playwright: it finds the Chromium the end-to-end tests
 * drive (playwright.config.ts finds the same one) or installs one, else stops with one line
 * saying what to run.
 */
import { describeFound, ensureChromium, systemHost } from './chromium';

const outcome = ensureChromium(systemHost());
if ('problem' in outcome) {
  console.error(outcome.problem);
  process.exit(1);
}
console.log(`End-to-end tests use ${describeFound(outcome)}`);
