import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { callApi, expect, test, type WebApp } from '../fixtures';

/**
 * Crowded views stay readable: in the portfolio matrix accounts on one spot share a marker, their
 * names stacked beside it and the rest counted as "+N"; in the influence × stance grid a crowded
 * cell shows the chips that fit and counts the rest. No name's box lies over another's, and the
 * "+N" lists open and work by keyboard — in both languages and both colour schemes.
 */

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of every element `list` matches, as drawn. */
async function boxesOf(list: Locator): Promise<Box[]> {
  return list.evaluateAll((elements) =>
    elements.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    }),
  );
}

/** Pairs of boxes that overlap (by more than a rounding pixel), for the failure message. */
function overlapping(boxes: Box[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > 0.5 && dy > 0.5) pairs.push(`${i}×${j}`);
    }
  return pairs;
}

async function auditAxe(page: Page, within: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include(within)
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} ${node.target.join(' ')}`));
}

const TEXT = {
  en: { account: 'Crowded Holdings International', person: 'Person', grid: 'Influence × stance' },
  'zh-CN': { account: '华东精密制造集团有限公司', person: '人员', grid: '影响力 × 态度' },
} as const;
const ACCOUNTS_AT_ONE_SPOT = 16;
const PEOPLE_IN_ONE_CELL = 30;

async function crowdedData(app: WebApp, language: keyof typeof TEXT): Promise<{ gridAccount: string }> {
  // New accounts have nobody assessed and the same potential: all on one spot of the matrix.
  for (let i = 1; i <= ACCOUNTS_AT_ONE_SPOT; i++)
    await callApi(app, 'accounts.create', { name: `${TEXT[language].account} ${i}` });
  const account = await callApi(app, 'accounts.create', { name: `${TEXT[language].account} grid` });
  const [map] = await callApi(app, 'maps.list', { accountId: account.id });
  if (!map) throw new Error('a new account has a map');
  for (let i = 1; i <= PEOPLE_IN_ONE_CELL; i++)
    await callApi(app, 'people.create', {
      accountId: account.id,
      name: `${TEXT[language].person} ${i}`,
      title: 'Regional procurement manager',
      influence: 4,
      stance: 'supportive',
      placeOn: { mapId: map.id, position: { x: (i % 6) * 260, y: Math.floor(i / 6) * 200 } },
    });
  return { gridAccount: account.name };
}

for (const language of ['en', 'zh-CN'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`crowded names never overlap, and "+N" opens by keyboard (${language}, ${colorScheme})`, async ({
      app,
      page,
    }) => {
      await callApi(app, 'settings.update', { language });
      await page.emulateMedia({ colorScheme });
      const { gridAccount } = await crowdedData(app, language);
      await page.goto(app.url);

      // The matrix: every account is a name on the chart or counted by a "+N".
      const matrix = page.getByTestId('portfolio-matrix');
      const names = matrix.getByTestId('portfolio-dot');
      const more = matrix.getByTestId('portfolio-more');
      await expect(more).toHaveCount(1);
      const counted = Number((await more.textContent())?.replace(/\D/g, ''));
      await expect(names).toHaveCount(ACCOUNTS_AT_ONE_SPOT + 1 - counted);
      expect(counted).toBeGreaterThan(0);
      const onChart = await boxesOf(matrix.locator('[data-testid="portfolio-dot"], [data-testid="portfolio-more"]'));
      const markers = await boxesOf(matrix.getByTestId('portfolio-marker'));
      expect(overlapping(onChart)).toEqual([]);
      expect(overlapping([...onChart, ...markers])).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`matrix-${language}-${colorScheme}.png`) });
      expect(await auditAxe(page, '[data-testid="portfolio-matrix"]')).toEqual([]);

      // "+N" by keyboard: Enter opens the list with focus in it, Escape closes it back to the count.
      await more.focus();
      await more.press('Enter');
      const listed = page.getByTestId('portfolio-more-account');
      await expect(listed).toHaveCount(counted);
      await expect(listed.first()).toBeFocused();
      await listed.first().press('Escape');
      await expect(listed).toHaveCount(0);
      await expect(more).toBeFocused();
      await more.press('Enter');
      await expect(listed.first()).toBeFocused();
      const picked = (await listed.first().textContent()) ?? '';
      await listed.first().press('Enter');
      await expect(page.getByTestId('account-title')).toHaveText(picked);
      await page.getByTestId('back-home').click();

      // The grid: thirty people in one cell, none of their chips over another.
      await page.getByTestId('account-card').filter({ hasText: gridAccount }).click();
      await page.getByTestId('view-switch').getByText(TEXT[language].grid, { exact: true }).click();
      const chips = page.getByTestId('grid-person');
      const gridMore = page.getByTestId('grid-more');
      await expect(gridMore).toHaveCount(1);
      const hidden = Number((await gridMore.textContent())?.replace(/\D/g, ''));
      await expect(chips).toHaveCount(PEOPLE_IN_ONE_CELL - hidden);
      expect(
        overlapping(await boxesOf(page.locator('[data-testid="grid-person"], [data-testid="grid-more"]'))),
      ).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`grid-${language}-${colorScheme}.png`) });
      expect(await auditAxe(page, '[data-testid="grid-view"]')).toEqual([]);

      await gridMore.focus();
      await gridMore.press('Enter');
      const rest = page.getByTestId('grid-more-person');
      await expect(rest).toHaveCount(hidden);
      await expect(rest.first()).toBeFocused();
      const person = (await rest.first().locator('p').first().textContent()) ?? '';
      await rest.first().press('Enter');
      // The person picked takes a place in the cell, with the keyboard focus.
      const chosen = chips.filter({ has: page.getByText(person, { exact: true }) });
      await expect(chosen).toBeFocused();
      await expect(chosen).toHaveAttribute('data-selected', 'true');
      expect(
        overlapping(await boxesOf(page.locator('[data-testid="grid-person"], [data-testid="grid-more"]'))),
      ).toEqual([]);
    });
  }
}
