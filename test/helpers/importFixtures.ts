/**
 * Import files as the products write them, built in code from the headers their documentation
 * names: CSV in several encodings, an XLSX written with exceljs, vCards of Outlook, iOS and Google.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const quote = (cell: string): string => (/[",\n\r;\t]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
export const csvOf = (rows: string[][], delimiter = ','): string =>
  rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';

export const base64 = (bytes: Uint8Array | string): string =>
  Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64');

/** A Chinese CRM export (plain sheet headers) saved as GBK, as Excel on Chinese Windows writes "CSV". */
export function gbkCrmExport(): Buffer {
  const rows = [
    ['编号', '姓名', '职位', '部门', '邮箱', '直属上级', '角色', '态度', '影响力'],
    ['1', '王建国', '总经理', '总经办', 'wang@hx.cn', '', '批准者', '支持', '5'],
    ['2', '李娜', '财务总监', '财务部', 'li.na@hx.cn', '王建国', '决策者', '中立', '4'],
    ['3', '张伟', '信息部经理', '信息部', 'zhang.wei@hx.cn', '1', '评估者', '反对', '3'],
    ['4', '赵敏', '采购专员', '采购部', 'zhao.min@hx.cn', 'li.na@hx.cn', '使用者', '支持并排他', '2'],
  ];
  return iconv.encode(csvOf(rows), 'gbk');
}

/** Salesforce "Contacts & Accounts" report, Details Only, with its footer. */
export function salesforceReport(): string {
  return csvOf([
    ['First Name', 'Last Name', 'Title', 'Department', 'Email', 'Phone', 'Account Name', 'Reports To', 'Contact Owner'],
    ['Dana', 'Reyes', 'CFO', 'Finance', 'dana@northwind.com', '+1 555 0100', 'Northwind', '', 'Sam Seller'],
    [
      'Eli',
      'Stone',
      'Controller',
      'Finance',
      'eli@northwind.com',
      '+1 555 0101',
      'Northwind',
      'Dana Reyes',
      'Sam Seller',
    ],
    ['Fay', 'Lin', 'IT Director', 'IT', 'fay@northwind.com', '', 'Northwind', 'Dana Reyes', 'Sam Seller'],
    [''],
    ['Grand Totals (3 records)'],
    [''],
    ['Confidential Information - Do Not Distribute'],
    ['Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.'],
  ]);
}

/** Salesforce Data Export Contact.csv: API names, managers by record id. */
export function salesforceDataExport(): string {
  return csvOf([
    ['Id', 'AccountId', 'FirstName', 'LastName', 'Title', 'Department', 'Email', 'Phone', 'ReportsToId'],
    ['0031x000001AAAA', '0011x0000001', 'Dana', 'Reyes', 'CFO', 'Finance', 'dana@northwind.com', '', ''],
    [
      '0031x000001BBBB',
      '0011x0000001',
      'Eli',
      'Stone',
      'Controller',
      'Finance',
      'eli@northwind.com',
      '',
      '0031x000001AAAA',
    ],
  ]);
}

export function hubspotExport(): string {
  return csvOf([
    [
      'Record ID',
      'First Name',
      'Last Name',
      'Email',
      'Phone Number',
      'Job Title',
      'Company Name',
      'Contact owner',
      'Lifecycle Stage',
    ],
    ['101', 'Gus', 'Hart', 'gus@contoso.com', '555-0200', 'VP Operations', 'Contoso', 'Sam', 'customer'],
  ]);
}

/** LinkedIn Connections.csv, with the "Notes:" preamble it starts with. */
export function linkedinConnections(): string {
  return (
    'Notes:\r\n' +
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address."\r\n' +
    '\r\n' +
    csvOf([
      ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
      [
        'Ivy',
        'Park',
        'https://www.linkedin.com/in/ivypark',
        'ivy@fabrikam.com',
        'Fabrikam',
        'Head of Procurement',
        '03 Feb 2025',
      ],
      ['Jon', 'Ruiz', 'https://www.linkedin.com/in/jonruiz', '', 'Fabrikam', 'Buyer', '14 Mar 2025'],
    ])
  );
}

export function googleContacts(): string {
  return csvOf([
    [
      'First Name',
      'Middle Name',
      'Last Name',
      'Organization Name',
      'Organization Title',
      'Organization Department',
      'E-mail 1 - Label',
      'E-mail 1 - Value',
      'Labels',
      'Notes',
    ],
    [
      'Kim',
      '',
      'Osei',
      'Tailspin',
      'CTO',
      'Engineering',
      '* Work',
      'kim@tailspin.com',
      'Board ::: myContacts',
      'Met at the summit',
    ],
  ]);
}

export function googleLegacyContacts(): string {
  return csvOf([
    [
      'Name',
      'Given Name',
      'Additional Name',
      'Family Name',
      'Group Membership',
      'E-mail 1 - Type',
      'E-mail 1 - Value',
      'Organization 1 - Name',
      'Organization 1 - Title',
      'Organization 1 - Department',
    ],
    ['Lee Moss', 'Lee', '', 'Moss', '* myContacts', '* Work', 'lee@tailspin.com', 'Tailspin', 'COO', 'Operations'],
  ]);
}

export function outlookCsv(): string {
  return csvOf([
    [
      'Title',
      'First Name',
      'Middle Name',
      'Last Name',
      'Suffix',
      'Company',
      'Department',
      'Job Title',
      'Business Phone',
      'Mobile Phone',
      'E-mail Address',
      "Manager's Name",
      'Notes',
    ],
    [
      'Ms.',
      'Mia',
      '',
      'Wong',
      '',
      'Litware',
      'Legal',
      'General Counsel',
      '555-0300',
      '555-0301',
      'mia@litware.com',
      '',
      '',
    ],
    ['Mr.', 'Ned', '', 'Cole', '', 'Litware', 'Legal', 'Paralegal', '', '', 'ned@litware.com', 'Mia Wong', ''],
  ]);
}

/** A UTF-16 LE file with BOM and tabs: Excel's "Unicode Text". */
export function utf16TabSheet(): Buffer {
  const text = csvOf(
    [
      ['Name', 'Title', 'Department', 'Manager'],
      ['陈静', '副总裁', '销售部', ''],
      ['Olga Berg', 'Sales Manager', '销售部', '陈静'],
    ],
    '\t',
  );
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** Dynamics 365 "Export to Excel" of active contacts: three hidden "(Do Not Modify)" columns first. */
export async function dynamicsXlsx(rows = 3): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Active Contacts');
  sheet.addRow([
    '(Do Not Modify) Contact',
    '(Do Not Modify) Row Checksum',
    '(Do Not Modify) Modified On',
    'Full Name',
    'Company Name',
    'Job Title',
    'Department',
    'Email',
    'Business Phone',
    'Manager',
  ]);
  const people = [
    ['Pat Quinn', 'Adatum', 'CEO', 'Board', 'pat@adatum.com', '555-0400', ''],
    ['Rae Diaz', 'Adatum', 'CIO', 'IT', 'rae@adatum.com', '555-0401', 'Pat Quinn'],
    ['Sid Kahn', 'Adatum', 'IT Architect', 'IT', 'sid@adatum.com', '', 'Rae Diaz'],
  ];
  for (let i = 0; i < rows; i++) {
    const person = people[i % people.length]!;
    sheet.addRow([`a1b2c3d4-0000-0000-0000-00000000000${i}`, 'Xk9Q==', new Date('2026-01-02T03:04:05Z'), ...person]);
  }
  for (const column of [1, 2, 3]) sheet.getColumn(column).hidden = true;
  workbook.addWorksheet('hiddenSheet', { state: 'veryHidden' }).addRow(['entity', 'contact']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const quotedPrintable = (bytes: Buffer): string =>
  [...bytes].map((byte) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** Outlook 2.1: QUOTED-PRINTABLE with soft line breaks and CHARSET, two cards, a photo. */
export function outlookVCard21(): string {
  return [
    'BEGIN:VCARD',
    'VERSION:2.1',
    'N;LANGUAGE=zh-cn;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:=E5=88=98;=E6=B4=8B',
    'FN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:=E5=88=98=E6=B4=8B',
    'ORG;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:=E5=8D=8E=E4=BF=A1=E9=9B=86=E5=9B=A2;=E6=8A=80=E6=9C=AF=E9=83=A8',
    `TITLE;CHARSET=gb2312;ENCODING=QUOTED-PRINTABLE:${quotedPrintable(iconv.encode('技术总监', 'gb2312'))}`,
    'TEL;WORK;VOICE:+86 10 5555 0001',
    'TEL;CELL;VOICE:+86 139 0000 0001',
    'EMAIL;PREF;INTERNET:liu.yang@huaxin.cn',
    'NOTE;ENCODING=QUOTED-PRINTABLE:Prefers WeChat; met at the=0D=0Aexpo in Shanghai, a long note that Outlook break=',
    's with a soft line break.',
    'PHOTO;TYPE=JPEG;ENCODING=BASE64:',
    ' /9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a',
    ' HBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIy',
    '',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:2.1',
    'N:Smith;Tom',
    'FN:Tom Smith',
    'ORG:Huaxin Group;Purchasing',
    'TITLE:Buyer',
    'EMAIL;INTERNET:tom.smith@huaxin.cn',
    'END:VCARD',
    '',
  ].join('\r\n');
}

/** iOS Contacts 3.0: item1. groups, TYPE= lists, folded lines. */
export function iosVCard30(): string {
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'PRODID:-//Apple Inc.//iPhone OS 17.0//EN',
    'N:Appleseed;Jane;;;',
    'FN:Jane Appleseed',
    'ORG:Contoso Ltd.;Strategy',
    'TITLE:Chief Strategy Officer',
    'item1.EMAIL;type=INTERNET;type=pref:jane@contoso.com',
    'item1.X-ABLabel:_$!<Work>!$_',
    'TEL;type=CELL;type=VOICE;type=pref:+1 (555) 010-2000',
    'NOTE:Board member since 2020\\, chairs the audit committee. This note is lo',
    ' ng enough to be folded.',
    'END:VCARD',
  ].join('\r\n');
}

/** Google Contacts 3.0 export. */
export function googleVCard30(): string {
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'FN:Kenji Sato',
    'N:Sato;Kenji;;;',
    'EMAIL;TYPE=INTERNET;TYPE=WORK:kenji@tailspin.com',
    'TEL;TYPE=WORK:+81 3 5555 0000',
    'ORG:Tailspin;Finance',
    'TITLE:Finance Manager',
    'CATEGORIES:myContacts,Board',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:4.0',
    'FN:Lina Haddad',
    'N:Haddad;Lina;;;',
    'EMAIL;TYPE=work;PREF=1:lina@tailspin.com',
    'TEL;VALUE=uri;TYPE="voice,cell":tel:+1-555-555-0199',
    'TITLE:Head of Legal',
    'END:VCARD',
  ].join('\r\n');
}

/** A plain sheet of `count` people in a tree (each reports to the person `fanout` rows before). */
export function bigSheet(count: number, fanout = 7): string {
  const rows = [['ID', 'Name', 'Title', 'Department', 'Email', 'Manager', 'Role', 'Stance']];
  for (let i = 0; i < count; i++) {
    rows.push([
      String(i + 1),
      `Person ${i + 1}`,
      i === 0 ? 'CEO' : `Manager ${i % 50}`,
      `Unit ${i % 20}`,
      `person${i + 1}@example.com`,
      i === 0 ? '' : String(Math.floor((i - 1) / fanout) + 1),
      i % 5 === 0 ? 'Decision Maker' : 'user',
      i % 3 === 0 ? 'supportive' : 'neutral',
    ]);
  }
  return csvOf(rows);
}
