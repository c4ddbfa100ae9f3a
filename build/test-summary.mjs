// Adds up the JSON reports of vitest and Playwright into the one line CI reads:
// "N passed, N failed, N skipped". A missing report counts as a failure: that suite never ran.
import fs from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const read = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    console.error(`test-summary: no report at ${file}`);
    totals.failed += 1;
    return null;
  }
};

const vitest = read('reports/vitest.json');
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests + (vitest.numFailedTestSuites ?? 0);
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
}
const playwright = read('reports/playwright.json');
if (playwright) {
  totals.passed += playwright.stats.expected + playwright.stats.flaky;
  totals.failed += playwright.stats.unexpected;
  totals.skipped += playwright.stats.skipped;
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
