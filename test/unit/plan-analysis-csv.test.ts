import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Competitor } from '../../shared/api/entities';
import type { AnalysisCell } from '../../shared/api/methods/plan';
import { CSV_BOM } from '../../shared/domain/csv';
import type { AnalysisDimension } from '../../shared/domain/enums';
import { analysisCsv } from '../../renderer/src/features/plan/analysisTable';
import { csvFileName } from '../../renderer/src/features/plan/saveCsv';
import { parseCsv } from '../helpers/parseCsv';
import { appStrings } from '../helpers/appStrings';

let i18n: i18n;
beforeAll(async () => {
  i18n = await appStrings();
});

const ACCOUNT = 'a1';
const voyager: Competitor = { id: 'c1', accountId: ACCOUNT, name: 'Voyager Software' };
const ironclad: Competitor = { id: 'c2', accountId: ACCOUNT, name: '铁甲 ERP' };

function cell(party: AnalysisCell['party'], competitorId: string | null, dimension: AnalysisDimension, text: string) {
  return { accountId: ACCOUNT, party, competitorId, dimension, text, updatedAt: '2026-11-01T00:00:00.000Z' };
}

const CELLS: AnalysisCell[] = [
  cell('customer', null, 'relationship_activity', 'Volume 12M, share 30%'),
  cell('us', null, 'customer_view', 'Capable niche vendor\nNot yet strategic'),
  cell('competitor', 'c1', 'competitive_strategy', '=Undercut on price, "bundle" licences'),
  cell('competitor', 'c2', 'cycle_change', '防御期'),
];

describe('account analysis CSV', () => {
  it('has a row per dimension and a column per party: customer, us, then each competitor', () => {
    const rows = parseCsv(analysisCsv(CELLS, [voyager, ironclad], i18n.getFixedT('en')).slice(CSV_BOM.length));
    expect(rows[0]).toEqual(['Dimension', 'Customer', 'Us', 'Voyager Software', '铁甲 ERP']);
    expect(rows.map((row) => row[0])).toEqual([
      'Dimension',
      'Relationship & business activity',
      'Capabilities & resources',
      'Competitive strategy',
      'Strengths & weaknesses',
      'The customer’s view',
      'Relationship-cycle change',
    ]);
    expect(rows.every((row) => row.length === 5)).toBe(true);
    expect(rows[1]).toEqual(['Relationship & business activity', 'Volume 12M, share 30%', '', '', '']);
    // Line breaks survive inside their cell; a would-be formula is defused; quotes are escaped.
    expect(rows[5]?.[2]).toBe('Capable niche vendor\nNot yet strategic');
    expect(rows[3]?.[3]).toBe(`'=Undercut on price, "bundle" licences`);
    expect(rows[6]?.[4]).toBe('防御期');
  });

  it('starts with a BOM, ends lines with CRLF and writes Chinese labels in Chinese', () => {
    const csv = analysisCsv(CELLS, [ironclad], i18n.getFixedT('zh-CN'));
    expect(csv.startsWith(`${CSV_BOM}维度,客户,我方,铁甲 ERP\r\n关系与业务活动,"Volume 12M, share 30%",,\r\n`)).toBe(
      true,
    );
    expect(csv.endsWith('客户关系周期变化,,,防御期\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(8);
  });

  it('leaves out a cell of a competitor no longer listed, and is all empty cells with no analysis', () => {
    const rows = parseCsv(analysisCsv(CELLS, [], i18n.getFixedT('en')).slice(CSV_BOM.length));
    expect(rows[0]).toEqual(['Dimension', 'Customer', 'Us']);
    expect(rows.flat()).not.toContain('防御期');
    const empty = parseCsv(analysisCsv([], [], i18n.getFixedT('en')).slice(CSV_BOM.length));
    expect(empty.slice(1).every((row) => row[1] === '' && row[2] === '')).toBe(true);
  });

  it('names the file after the account, the sheet and the day, without characters a file system refuses', () => {
    expect(csvFileName('Northbridge: A/B "Group"', 'account-analysis', '2026-11-23')).toBe(
      'Northbridge_ A_B _Group_ — account-analysis 2026-11-23.csv',
    );
    expect(csvFileName('华北精密集团', '客户分析', '2026-11-23')).toBe('华北精密集团 — 客户分析 2026-11-23.csv');
  });
});

describe('delete confirmations', () => {
  it('say truthfully what happens to the goal’s actions, in both languages', () => {
    const en = i18n.getFixedT('en');
    const zh = i18n.getFixedT('zh-CN');
    expect(en('plan.confirm.goalActions', { count: 0 })).toBe('No action serves this goal.');
    expect(en('plan.confirm.goalActions', { count: 1 })).toBe(
      'The action serving it stays in the plan, serving no goal.',
    );
    expect(en('plan.confirm.goalActions', { count: 3 })).toBe(
      'The 3 actions serving it stay in the plan, serving no goal.',
    );
    expect(zh('plan.confirm.goalActions', { count: 0 })).toBe('没有为该目标服务的行动。');
    expect(zh('plan.confirm.goalActions', { count: 3 })).toBe(
      '为该目标服务的 3 项行动仍保留在计划中，改为未关联目标。',
    );
    expect(en('plan.confirm.competitorCells', { count: 0 })).toBe('Its column in the account analysis is empty.');
    expect(zh('plan.confirm.competitorCells', { count: 2 })).toContain('已填写 2 格');
  });
});
