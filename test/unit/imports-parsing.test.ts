import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../electron/backend/imports/decode';
import { parseDelimited, sniffDelimiter } from '../../electron/backend/imports/delimited';
import { joinName } from '../../electron/backend/imports/names';
import { planImport } from '../../electron/backend/imports/plan';
import { detectPreset, mappingFor } from '../../electron/backend/imports/presets';
import { readImportFile } from '../../electron/backend/imports/readFile';
import { parseVCards } from '../../electron/backend/imports/vcard';
import {
  csvOf,
  dynamicsXlsx,
  gbkCrmExport,
  googleContacts,
  googleLegacyContacts,
  googleVCard30,
  hubspotExport,
  iosVCard30,
  linkedinConnections,
  outlookCsv,
  outlookVCard21,
  salesforceDataExport,
  salesforceReport,
  utf16TabSheet,
} from '../helpers/importFixtures';

const bytes = (text: string | Buffer): Uint8Array =>
  new Uint8Array(typeof text === 'string' ? Buffer.from(text) : text);
const planOf = (file: string | Buffer) => {
  const read = readImportFile(bytes(file));
  const preset = read.format === 'vcard' ? 'vcard' : detectPreset(read.table.columns);
  const mapping = mappingFor(preset, read.table.columns);
  return { read, mapping, plan: planImport(read.table, mapping, []) };
};

describe('reading the encodings exports come in', () => {
  it('reads UTF-8 with and without a BOM, UTF-16 LE and BE, and GBK when the bytes are not UTF-8', () => {
    expect(decodeText(bytes('名字'))).toEqual({ text: '名字', encoding: 'utf-8' });
    expect(decodeText(bytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('名字')])))).toEqual({
      text: '名字',
      encoding: 'utf-8-bom',
    });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('名字', 'utf16le').swap16()]);
    expect(decodeText(bytes(be))).toEqual({ text: '名字', encoding: 'utf-16be' });
    expect(decodeText(bytes(iconv.encode('王建国,财务部', 'gbk')))).toEqual({
      text: '王建国,财务部',
      encoding: 'gb18030',
    });
  });

  it('sniffs commas, semicolons and tabs, past a preamble of prose', () => {
    expect(sniffDelimiter('a;b;c\n1;2;3\n')).toBe(';');
    expect(sniffDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(sniffDelimiter(linkedinConnections())).toBe(',');
    expect(parseDelimited('"x;y";b\n1;2\n').rows).toEqual([
      ['x;y', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('recognising the products by their headers', () => {
  it.each([
    ['salesforce_report', salesforceReport()],
    ['salesforce_export', salesforceDataExport()],
    ['hubspot', hubspotExport()],
    ['linkedin', linkedinConnections()],
    ['google', googleContacts()],
    ['google_legacy', googleLegacyContacts()],
    ['outlook', outlookCsv()],
    ['plain', gbkCrmExport()],
  ])('%s', (preset, file) => {
    const { read, mapping } = planOf(file);
    expect(read.format).toBe('csv');
    expect(mapping.preset).toBe(preset);
  });

  it('finds LinkedIn’s header row under its Notes preamble', () => {
    const { read, plan } = planOf(linkedinConnections());
    expect(read.table.columns[0]).toBe('First Name');
    expect(plan.rows.map((row) => [row.name, row.title, row.email])).toEqual([
      ['Ivy Park', 'Head of Procurement', 'ivy@fabrikam.com'],
      ['Jon Ruiz', 'Buyer', ''],
    ]);
  });

  it('drops the Salesforce report footer and links managers by name', () => {
    const { plan } = planOf(salesforceReport());
    expect(plan.rows.map((row) => row.name)).toEqual(['Dana Reyes', 'Eli Stone', 'Fay Lin']);
    expect(plan.rows[1]!.managerRef).toEqual({ row: 0 });
    expect(plan.rows[1]!.department).toBe('Finance');
  });

  it('links Salesforce Data Export managers by ReportsToId', () => {
    const { plan } = planOf(salesforceDataExport());
    expect(plan.rows[1]!.managerRef).toEqual({ row: 0 });
  });

  it('reads Outlook’s Job Title, not its salutation, and Manager’s Name', () => {
    const { plan } = planOf(outlookCsv());
    expect(plan.rows[0]).toMatchObject({
      name: 'Mia Wong',
      title: 'General Counsel',
      department: 'Legal',
      mobile: '555-0301',
    });
    expect(plan.rows[1]!.managerRef).toEqual({ row: 0 });
  });

  it('reads Google’s current and legacy headers', () => {
    expect(planOf(googleContacts()).plan.rows[0]).toMatchObject({
      name: 'Kim Osei',
      title: 'CTO',
      department: 'Engineering',
      tags: ['Board', 'myContacts'],
      hasNotes: true,
    });
    expect(planOf(googleLegacyContacts()).plan.rows[0]).toMatchObject({
      name: 'Lee Moss',
      title: 'COO',
      department: 'Operations',
    });
  });

  it('reads a GBK Chinese CRM export: names, value mapping and managers by name, id and email', () => {
    const { read, plan } = planOf(gbkCrmExport());
    expect(read.encoding).toBe('gb18030');
    expect(plan.rows.map((row) => [row.name, row.title, row.department, row.role, row.stance, row.influence])).toEqual([
      ['王建国', '总经理', '总经办', 'approver', 'supportive', 5],
      ['李娜', '财务总监', '财务部', 'decision_maker', 'neutral', 4],
      ['张伟', '信息部经理', '信息部', 'evaluator', 'opposed', 3],
      ['赵敏', '采购专员', '采购部', 'user', 'champion', 2],
    ]);
    expect(plan.rows.map((row) => row.managerRef)).toEqual([null, { row: 0 }, { row: 0 }, { row: 1 }]);
    expect(plan.rows.every((row) => row.problems.length === 0)).toBe(true);
  });

  it('reads UTF-16 tab-separated text and Chinese names', () => {
    const { read, plan } = planOf(utf16TabSheet());
    expect(read.encoding).toBe('utf-16le');
    expect(plan.rows.map((row) => [row.name, row.department])).toEqual([
      ['陈静', '销售部'],
      ['Olga Berg', '销售部'],
    ]);
    expect(plan.rows[1]!.managerRef).toEqual({ row: 0 });
  });

  it('reads a Dynamics 365 workbook without its hidden (Do Not Modify) columns', async () => {
    const { read, mapping, plan } = planOf(await dynamicsXlsx());
    expect(read.format).toBe('xlsx');
    expect(read.table.columns).not.toContain('(Do Not Modify) Contact');
    expect(mapping.preset).toBe('dynamics365');
    expect(plan.rows.map((row) => [row.name, row.title, row.department])).toEqual([
      ['Pat Quinn', 'CEO', 'Board'],
      ['Rae Diaz', 'CIO', 'IT'],
      ['Sid Kahn', 'IT Architect', 'IT'],
    ]);
    expect(plan.rows[2]!.managerRef).toEqual({ row: 1 });
  });
});

describe('vCards', () => {
  it('reads Outlook 2.1 QUOTED-PRINTABLE with soft breaks and CHARSET, several cards, no photo', () => {
    const table = parseVCards(outlookVCard21());
    const { plan } = planOf(outlookVCard21());
    expect(table.rows).toHaveLength(2);
    expect(plan.rows[0]).toMatchObject({
      name: '刘洋',
      title: '技术总监',
      department: '技术部',
      email: 'liu.yang@huaxin.cn',
      phone: '+86 10 5555 0001',
      mobile: '+86 139 0000 0001',
    });
    expect(table.rows[0]!.at(-1)).toBe(
      'Prefers WeChat; met at the\r\nexpo in Shanghai, a long note that Outlook breaks with a soft line break.',
    );
    expect(plan.rows[1]).toMatchObject({ name: 'Tom Smith', title: 'Buyer', department: 'Purchasing' });
  });

  it('reads iOS 3.0 groups and folded lines, and Google 3.0 and 4.0', () => {
    const ios = planOf(iosVCard30()).plan.rows[0]!;
    expect(ios).toMatchObject({
      name: 'Jane Appleseed',
      title: 'Chief Strategy Officer',
      email: 'jane@contoso.com',
      mobile: '+1 (555) 010-2000',
    });
    expect(parseVCards(iosVCard30()).rows[0]!.at(-1)).toBe(
      'Board member since 2020, chairs the audit committee. This note is long enough to be folded.',
    );
    const google = planOf(googleVCard30()).plan.rows;
    expect(google.map((row) => [row.name, row.title, row.department, row.email])).toEqual([
      ['Kenji Sato', 'Finance Manager', 'Finance', 'kenji@tailspin.com'],
      ['Lina Haddad', 'Head of Legal', '', 'lina@tailspin.com'],
    ]);
    expect(google[1]!.mobile).toBe('+1-555-555-0199');
  });
});

describe('rows', () => {
  it('joins Chinese names without a space and others with one', () => {
    expect(joinName('建国', '王')).toBe('王建国');
    expect(joinName('Dana', 'Reyes')).toBe('Dana Reyes');
    expect(joinName('', 'Reyes')).toBe('Reyes');
  });

  it('tells each row’s problems: no name, unknown values, an unknown manager, a loop', () => {
    const { plan } = planOf(
      csvOf([
        ['Name', 'Role', 'Manager', 'Email'],
        ['', 'user', '', ''],
        ['Ann', 'Kingmaker', 'Nobody', 'ann@x'],
        ['Bob', '决策者', 'Cid', ''],
        ['Cid', 'Decision Maker', 'Bob', ''],
      ]),
    );
    const problems = plan.rows.map((row) => row.problems.map((p) => `${p.field}:${p.problem}`));
    expect(problems[0]).toEqual(['name:no_name']);
    expect(problems[1]).toEqual(['email:invalid_email', 'role:unknown_value', 'manager:manager_not_found']);
    expect(plan.rows[2]!.role).toBe('decision_maker');
    expect(plan.rows[3]!.role).toBe('decision_maker');
    expect([...problems[2]!, ...problems[3]!]).toEqual(['manager:reporting_loop']);
  });

  it('uses a mapping’s own words before the built-in ones', () => {
    const read = readImportFile(
      bytes(
        csvOf([
          ['Name', 'Role'],
          ['Ann', 'Kingmaker'],
        ]),
      ),
    );
    const mapping = {
      ...mappingFor('plain', read.table.columns),
      values: { role: { kingmaker: 'decision_maker' as const } },
    };
    expect(planImport(read.table, mapping, []).rows[0]!.role).toBe('decision_maker');
  });

  it('refuses a file that is not a table of people with a reason', () => {
    expect(() => readImportFile(new Uint8Array([0, 1, 2, 3, 0, 0, 0, 5, 6]))).toThrow(/cannot read/);
    expect(() => readImportFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow(/workbook/);
    expect(() => readImportFile(bytes('Name,Title\r\n'))).toThrow(/no rows of people/);
  });
});
