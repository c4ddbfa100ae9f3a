import { randomUUID } from 'node:crypto';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/contract';
import { inputIssue, PROBLEMS, type InputIssue } from '../../shared/api/issues';
import { parseCall } from '../../shared/api/validate';
import type { ApiError } from '../../shared/api/errors';
import { LANGUAGES } from '../../shared/domain/enums';
import { RESOURCES } from '../../shared/i18n';
import { fieldKey, issueText } from '../../renderer/src/app/issueText';
import { appStrings } from '../helpers/appStrings';
import { inputKeys } from '../helpers/contractSchemas';

let strings: i18n;
beforeAll(async () => {
  strings = await appStrings();
});

async function inLanguage<T>(language: string, run: () => T): Promise<T> {
  await strings.changeLanguage(language);
  try {
    return run();
  } finally {
    await strings.changeLanguage('en');
  }
}

function issuesOfCall(method: string, input: unknown): InputIssue[] {
  try {
    parseCall(method, input);
  } catch (error) {
    return (error as ApiError).issues;
  }
  throw new Error(`${method} accepted ${JSON.stringify(input)}`);
}

/** What the user reads for the first issue of a refused call. */
const said = (method: string, input: unknown): string =>
  issueText(strings, issuesOfCall(method, input)[0] as InputIssue, { method });

describe('a refused field in a person’s words', () => {
  it('an account without a name', async () => {
    expect(said('accounts.create', { name: '' })).toBe('Give the account a name');
    expect(said('accounts.update', { id: randomUUID(), patch: { name: '   ' } })).toBe('Give the account a name');
    expect(await inLanguage('zh-CN', () => said('accounts.create', { name: '' }))).toBe('请给客户起个名字');
  });

  it('a name too long, with the field’s label and the limit', async () => {
    const input = { accountId: randomUUID(), name: 'x'.repeat(10_000) };
    expect(said('people.create', input)).toBe('Name can be at most 200 characters long');
    expect(await inLanguage('zh-CN', () => said('people.create', input))).toBe('姓名最多 200 个字符');
    expect(await inLanguage('zh-CN', () => said('competitors.create', { ...input, name: 'x'.repeat(201) }))).toBe(
      '名称最多 200 个字符',
    );
  });

  it('a date outside the span names the span in the user’s calendar', async () => {
    const input = { accountId: randomUUID(), title: 'Call', dueDate: '1899-01-01' };
    expect(said('actions.create', input)).toBe('Due date must lie between Jan 1, 1900 and Dec 31, 2200');
    expect(await inLanguage('zh-CN', () => said('actions.create', input))).toBe(
      '截止日期须在1900年1月1日至2200年12月31日之间',
    );
    expect(said('reviews.create', { accountId: randomUUID(), heldOn: '2099-13-45' })).toBe(
      'Date of the review is not a real date (such as 2027-02-23)',
    );
  });

  it('control characters, and the wording of a domain', async () => {
    expect(said('orgUnits.create', { accountId: randomUUID(), name: 'Sales\u0000' })).toBe(
      'Name must be one line, without tabs or invisible control characters',
    );
    const noPeople = { accountId: randomUUID(), occurredAt: '2026-01-05T09:00:00+08:00', personIds: [] };
    expect(said('interactions.create', noPeople)).toBe('Pick at least one of their people');
    expect(await inLanguage('zh-CN', () => said('interactions.create', noPeople))).toBe('至少选择一位客户方人员');
    expect(
      await inLanguage('zh-CN', () => said('people.update', { id: randomUUID(), patch: { title: 'x'.repeat(201) } })),
    ).toBe('职务最多 200 个字符');
  });

  it('a refusal of the domain, as the backend sends it', async () => {
    const loop = inputIssue('toPersonId', 'reporting_loop', {}, 'This reporting line would make a loop');
    expect(issueText(strings, loop, { method: 'relations.create' })).toBe(
      'This reporting line would make a loop: the manager already reports to this person',
    );
    expect(await inLanguage('zh-CN', () => issueText(strings, loop, { method: 'relations.create' }))).toBe(
      '这条汇报线会形成循环：上级已经向此人汇报',
    );
  });

  it('text over lines is not told to be one line', async () => {
    const input = { accountId: randomUUID(), heldOn: '2027-01-15', evaluated: 'Bell\u0007' };
    expect(said('reviews.create', input)).toBe('What was evaluated contains invisible control characters; remove them');
    expect(await inLanguage('zh-CN', () => said('reviews.create', input))).toBe(
      '评估内容中含有不可见的控制字符，请删除',
    );
  });

  it('the form’s own label wins over the table’s', () => {
    expect(issueText(strings, inputIssue('dueDate', 'not_a_date'), { label: 'Follow up by' })).toMatch(
      /^Follow up by is not a real date/,
    );
  });

  it('finds the field in a path', () => {
    expect(fieldKey('commitments.3.dueDate')).toBe('dueDate');
    expect(fieldKey('patch.name')).toBe('name');
    expect(fieldKey('ids.0')).toBe('ids');
    expect(fieldKey('')).toBe('');
  });
});

describe('the words exist for everything the contract can say', () => {
  it('every problem has a sentence in both languages, every placeholder filled', async () => {
    const params = { max: 200, min: 1, keys: 'colour', options: 'a, b' };
    for (const language of LANGUAGES) {
      for (const problem of PROBLEMS) {
        const text = await inLanguage(language, () =>
          issueText(
            strings,
            inputIssue(
              'name',
              problem,
              problem === 'date_out_of_range' ? { min: '1900-01-01', max: '2200-12-31' } : params,
            ),
          ),
        );
        expect(text, `${language} ${problem}`).not.toMatch(/\{\{|validation\.|undefined/);
      }
    }
  });

  it('every field of every input has a label in the one table', () => {
    const labels = RESOURCES.en.validation.fields as Record<string, string>;
    expect([...inputKeys()].filter((key) => !(key in labels))).toEqual([]);
  });

  it('every specific wording names a domain, a field and a problem the contract has', () => {
    const domains = new Set(METHOD_NAMES.map((method) => method.split('.')[0]));
    const keys = inputKeys();
    const named: string[] = [];
    for (const [domain, fields] of Object.entries(RESOURCES.en.validation.specific)) {
      for (const [key, problems] of Object.entries(fields)) {
        for (const problem of Object.keys(problems)) named.push(`${domain}.${key}.${problem}`);
        expect(keys.has(key), `${domain}.${key}`).toBe(true);
        expect(Object.keys(problems).every((problem) => (PROBLEMS as readonly string[]).includes(problem))).toBe(true);
      }
      expect(domains.has(domain), domain).toBe(true);
    }
    for (const [domain, fields] of Object.entries(RESOURCES.en.validation.fieldsIn)) {
      expect(domains.has(domain), domain).toBe(true);
      for (const key of Object.keys(fields)) expect(keys.has(key), `${domain}.${key}`).toBe(true);
    }
    expect(named).toContain('accounts.name.required');
  });
});
