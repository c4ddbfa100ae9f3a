import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { callApi, card, createAccount, expect, test } from '../fixtures';
import { gbkCrmExport, googleVCard30, outlookVCard21 } from '../../helpers/importFixtures';

/** axe-core's WCAG 2.1 AA rules on the open wizard: nothing critical or serious. */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include('[data-testid="import-wizard"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a GBK CRM export is imported through the wizard and its people are on the People screen and the map', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, '华信集团');
  await page.getByTestId('account-card').click();

  await page.getByTestId('import-open').click();
  const wizard = page.getByRole('dialog', { name: 'Import people' });
  await expect(wizard).toBeVisible();
  await wizard.locator('input[type="file"]').setInputFiles({
    name: 'crm-export.csv',
    mimeType: 'text/csv',
    buffer: gbkCrmExport(),
  });

  // Columns: recognised as a sheet of one's own, read as GB18030, each field from its column.
  await expect(wizard.getByTestId('import-preset')).toHaveText('Your own sheet');
  await expect(wizard).toContainText('4 rows · read as gb18030');
  await expect(wizard.getByLabel('Department', { exact: true })).toHaveValue('部门');
  await expectAccessible(page);
  await wizard.getByTestId('import-next').click();

  // Check: every row, no problems, nobody in the account yet.
  const table = wizard.getByTestId('import-preview-table');
  await expect(table).toContainText('王建国');
  await expect(table).toContainText('li.na@hx.cn');
  await expect(wizard.getByTestId('import-counts')).toHaveText('4 new · 0 already in the account · 0 without a name');
  await expectAccessible(page);
  await wizard.getByTestId('import-commit').click();

  await expect(wizard.getByTestId('import-summary')).toContainText('4 people added');
  await expect(wizard.getByTestId('import-summary')).toContainText('0 rows skipped');
  await page.screenshot({ path: test.info().outputPath('import-summary.png') });
  await wizard.getByTestId('import-show-people').click();

  await expect(page.getByTestId('people-count')).toHaveText('4 of 4 people');
  for (const name of ['王建国', '李娜', '张伟', '赵敏']) {
    await expect(page.locator(`[data-testid="people-row"][data-person="${name}"]`)).toBeVisible();
  }
  await expect(page.locator('[data-testid="people-row"][data-person="李娜"]')).toContainText('财务总监');
  await page.screenshot({ path: test.info().outputPath('people-after-import.png') });

  // On the map as an org chart, the reporting lines drawn.
  await page.getByTestId('section-map').click();
  await expect(card(page, '王建国')).toBeVisible();
  await expect(card(page, '赵敏')).toBeVisible();
  const top = await card(page, '王建国').boundingBox();
  const below = await card(page, '赵敏').boundingBox();
  expect(top!.y).toBeLessThan(below!.y);
  await page.screenshot({ path: test.info().outputPath('map-after-import.png') });

  // A vCard dropped on the window opens the wizard with it; its duplicate is offered as one.
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'contacts.vcf', { type: 'text/vcard' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
  }, googleVCard30());
  await expect(wizard.getByTestId('import-preset')).toHaveText('vCard');
  await wizard.getByTestId('import-next').click();
  await expect(wizard.getByTestId('import-counts')).toHaveText('2 new · 0 already in the account · 0 without a name');
  await page.keyboard.press('Escape');
  await expect(wizard).toBeHidden();
});

test('in Chinese and the dark scheme, an Outlook vCard is imported and the wizard stays readable', async ({
  app,
  page,
}) => {
  await callApi(app, 'settings.update', { language: 'zh-CN' });
  await callApi(app, 'accounts.create', { name: '华信集团' });
  await page.addInitScript(() => localStorage.setItem('powermap-color-scheme', 'dark'));
  await page.goto(app.url);
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.getByTestId('account-card').click();
  await page.getByTestId('import-open').click();
  const wizard = page.getByRole('dialog', { name: '导入人员' });
  await wizard.locator('input[type="file"]').setInputFiles({
    name: 'outlook.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from(outlookVCard21()),
  });
  await expect(wizard.getByTestId('import-preset')).toHaveText('vCard 名片');
  await expect(wizard.getByLabel('部门', { exact: true })).toHaveValue('Department');
  await expectAccessible(page);
  // By keyboard: each step's button is reached and pressed like any other.
  await wizard.getByTestId('import-next').press('Enter');
  await expect(wizard.getByTestId('import-preview-table')).toContainText('刘洋');
  await expect(wizard.getByTestId('import-preview-table')).toContainText('技术总监');
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('import-check-zh-dark.png') });
  await wizard.getByTestId('import-commit').press('Enter');
  await expect(wizard.getByTestId('import-summary')).toContainText('新增 2 人');
  await expectAccessible(page);
  await wizard.getByTestId('import-show-people').click();
  await expect(page.locator('[data-testid="people-row"][data-person="刘洋"]')).toContainText('技术总监');
});
