import type { ImportField, ImportMapping, ImportPreset } from '../../../shared/api/methods/imports';

/**
 * The column headers each product writes, as its documentation and its exports name them. A
 * preset is recognised by its `signature` headers (all present), and then reads each field from the
 * first of its candidate headers the file has.
 */
interface PresetDefinition {
  id: ImportPreset;
  signature: string[][];
  fields: Partial<Record<ImportField, string[]>>;
}

/** Field labels of a Salesforce report (Contacts & Accounts), as "Export → Details only" writes them. */
const SALESFORCE_REPORT: PresetDefinition = {
  id: 'salesforce_report',
  signature: [
    ['First Name', 'Last Name', 'Account Name', 'Contact Owner'],
    ['First Name', 'Last Name', 'Account Name', 'Reports To'],
    ['Full Name', 'Account Name', 'Contact Owner'],
  ],
  fields: {
    name: ['Full Name', 'Contact: Full Name', 'Name'],
    givenName: ['First Name', 'Contact: First Name'],
    familyName: ['Last Name', 'Contact: Last Name'],
    title: ['Title', 'Contact: Title'],
    department: ['Department', 'Contact: Department'],
    email: ['Email', 'Contact: Email'],
    phone: ['Phone', 'Business Phone'],
    mobile: ['Mobile', 'Mobile Phone'],
    recordId: ['Contact ID', 'Contact: Contact ID'],
    manager: ['Reports To', 'Reports To: Full Name', 'Reports To: Contact ID'],
    notes: ['Description'],
  },
};

/** The Contact object's API names, as Data Export (Contact.csv) and Data Loader write them. */
const SALESFORCE_EXPORT: PresetDefinition = {
  id: 'salesforce_export',
  signature: [
    ['Id', 'FirstName', 'LastName'],
    ['Id', 'LastName', 'ReportsToId'],
  ],
  fields: {
    name: ['Name'],
    givenName: ['FirstName'],
    familyName: ['LastName'],
    title: ['Title'],
    department: ['Department'],
    email: ['Email'],
    phone: ['Phone'],
    mobile: ['MobilePhone'],
    recordId: ['Id'],
    manager: ['ReportsToId'],
    notes: ['Description'],
  },
};

const HUBSPOT: PresetDefinition = {
  id: 'hubspot',
  signature: [
    ['Record ID', 'First Name', 'Last Name', 'Lifecycle Stage'],
    ['Record ID', 'First Name', 'Last Name', 'Contact owner'],
    ['Record ID - Contact', 'First Name', 'Last Name'],
  ],
  fields: {
    givenName: ['First Name'],
    familyName: ['Last Name'],
    title: ['Job Title'],
    department: ['Department'],
    email: ['Email'],
    phone: ['Phone Number'],
    mobile: ['Mobile Phone Number'],
    recordId: ['Record ID', 'Record ID - Contact'],
    manager: ['Manager', 'Reports To'],
    role: ['Buying Role'],
    notes: ['Notes', 'Message'],
  },
};

/** Dynamics 365 "Export to Excel" of contacts: three hidden "(Do Not Modify)" columns, then the view's. */
const DYNAMICS: PresetDefinition = {
  id: 'dynamics365',
  signature: [['(Do Not Modify) Contact'], ['Full Name', 'Business Phone', 'Company Name']],
  fields: {
    name: ['Full Name'],
    givenName: ['First Name'],
    familyName: ['Last Name'],
    title: ['Job Title'],
    department: ['Department'],
    email: ['Email'],
    phone: ['Business Phone'],
    mobile: ['Mobile Phone'],
    manager: ['Manager'],
    role: ['Role'],
    notes: ['Description'],
  },
};

/** LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data). */
const LINKEDIN: PresetDefinition = {
  id: 'linkedin',
  signature: [['First Name', 'Last Name', 'URL', 'Connected On']],
  fields: {
    givenName: ['First Name'],
    familyName: ['Last Name'],
    title: ['Position'],
    email: ['Email Address'],
  },
};

/** Google Contacts' export as it is written since 2023 (Google CSV). */
const GOOGLE: PresetDefinition = {
  id: 'google',
  signature: [['First Name', 'Last Name', 'Organization Name', 'Organization Title']],
  fields: {
    givenName: ['First Name'],
    familyName: ['Last Name'],
    title: ['Organization Title'],
    department: ['Organization Department'],
    email: ['E-mail 1 - Value'],
    phone: ['Phone 1 - Value'],
    mobile: ['Phone 2 - Value'],
    tags: ['Labels'],
    notes: ['Notes'],
  },
};

/** Google Contacts' earlier "Google CSV" headers. */
const GOOGLE_LEGACY: PresetDefinition = {
  id: 'google_legacy',
  signature: [['Given Name', 'Family Name', 'Group Membership']],
  fields: {
    name: ['Name'],
    givenName: ['Given Name'],
    familyName: ['Family Name'],
    title: ['Organization 1 - Title'],
    department: ['Organization 1 - Department'],
    email: ['E-mail 1 - Value'],
    phone: ['Phone 1 - Value'],
    mobile: ['Phone 2 - Value'],
    tags: ['Group Membership'],
    notes: ['Notes'],
  },
};

/** Outlook's "Export to a file → Comma Separated Values" (its "Title" is the salutation, not the job). */
const OUTLOOK: PresetDefinition = {
  id: 'outlook',
  signature: [['First Name', 'Last Name', 'Job Title', 'E-mail Address']],
  fields: {
    givenName: ['First Name'],
    familyName: ['Last Name'],
    title: ['Job Title'],
    department: ['Department'],
    email: ['E-mail Address'],
    phone: ['Business Phone'],
    mobile: ['Mobile Phone'],
    manager: ["Manager's Name"],
    tags: ['Categories'],
    notes: ['Notes'],
  },
};

/** The columns a vCard becomes (see vcard.ts). */
export const VCARD_COLUMNS = {
  name: 'Full name',
  givenName: 'Given name',
  familyName: 'Family name',
  title: 'Title',
  department: 'Department',
  email: 'Email',
  phone: 'Phone',
  mobile: 'Mobile',
  tags: 'Categories',
  notes: 'Notes',
} as const satisfies Partial<Record<ImportField, string>>;

const VCARD: PresetDefinition = {
  id: 'vcard',
  signature: [],
  fields: Object.fromEntries(Object.entries(VCARD_COLUMNS).map(([field, column]) => [field, [column]])),
};

/** Headers people write in their own sheets, in English and Chinese. */
const PLAIN: PresetDefinition = {
  id: 'plain',
  signature: [],
  fields: {
    name: ['Name', 'Full Name', 'Contact', 'Contact Name', 'Person', '姓名', '名字', '联系人', '人员'],
    givenName: ['First Name', 'Given Name', 'First', '名'],
    familyName: ['Last Name', 'Family Name', 'Surname', 'Last', '姓'],
    title: ['Title', 'Job Title', 'Position', 'Job', '职位', '职务', '岗位', '头衔'],
    department: ['Department', 'Dept', 'Division', 'Unit', '部门', '所属部门', '科室'],
    email: ['Email', 'E-mail', 'Email Address', 'Mail', '邮箱', '电子邮件', '电子邮箱', '邮件'],
    phone: ['Phone', 'Telephone', 'Tel', 'Work Phone', 'Office Phone', '电话', '办公电话', '座机'],
    mobile: ['Mobile', 'Cell', 'Mobile Phone', 'Cell Phone', '手机', '手机号', '移动电话'],
    recordId: ['ID', 'Id', 'Employee ID', 'No.', '编号', '工号', '序号'],
    manager: [
      'Manager',
      'Reports To',
      'Boss',
      'Supervisor',
      'Line Manager',
      '上级',
      '直属上级',
      '汇报对象',
      '领导',
      '主管',
    ],
    role: ['Role', 'Decision Role', 'Buying Role', '角色', '决策角色'],
    influence: ['Influence', '影响力'],
    stance: ['Stance', 'Attitude', 'Relationship', '态度', '立场', '对我司态度'],
    layer: ['Layer', 'Relationship Layer', '层级', '关系层级'],
    tags: ['Tags', 'Labels', 'Categories', '标签'],
    notes: ['Notes', 'Note', 'Comments', 'Remarks', '备注', '说明'],
  },
};

export const PRESETS: readonly PresetDefinition[] = [
  SALESFORCE_EXPORT,
  SALESFORCE_REPORT,
  HUBSPOT,
  DYNAMICS,
  LINKEDIN,
  GOOGLE_LEGACY,
  GOOGLE,
  OUTLOOK,
  VCARD,
  PLAIN,
];

const normal = (header: string): string => header.trim().toLowerCase().replace(/\s+/g, ' ');

/** Every header any preset knows, for finding the header row below a preamble. */
export const KNOWN_HEADERS: ReadonlySet<string> = new Set(
  PRESETS.flatMap((preset) => Object.values(preset.fields).flat().map(normal)),
);

export function isKnownHeader(cell: string): boolean {
  return KNOWN_HEADERS.has(normal(cell));
}

/** The preset whose signature the headers carry (the most specific first), or the plain sheet. */
export function detectPreset(columns: readonly string[]): ImportPreset {
  const present = new Set(columns.map(normal));
  for (const preset of PRESETS) {
    if (preset.signature.some((headers) => headers.every((header) => present.has(normal(header))))) return preset.id;
  }
  return 'plain';
}

/** The mapping a preset gives these columns: each field from the first candidate header present. */
export function mappingFor(preset: ImportPreset, columns: readonly string[]): ImportMapping {
  const definition = PRESETS.find((candidate) => candidate.id === preset) ?? PLAIN;
  const byNormal = new Map<string, string>();
  for (const column of columns) if (!byNormal.has(normal(column))) byNormal.set(normal(column), column);
  const fields: ImportMapping['fields'] = {};
  const taken = new Set<string>();
  const pick = (candidates: readonly string[] | undefined) =>
    candidates?.map((header) => byNormal.get(normal(header))).find((column) => column && !taken.has(column));
  for (const [field, candidates] of Object.entries(definition.fields) as [ImportField, string[]][]) {
    const column = pick(candidates);
    if (column) {
      fields[field] = column;
      taken.add(column);
    }
  }
  // Whatever the product, a column a person added with a known name (Role, 角色) is still read.
  if (definition !== PLAIN) {
    for (const [field, candidates] of Object.entries(PLAIN.fields) as [ImportField, string[]][]) {
      if (fields[field] || (field === 'name' && fields.givenName)) continue;
      if (field === 'givenName' || field === 'familyName') continue;
      const column = pick(candidates);
      if (column) {
        fields[field] = column;
        taken.add(column);
      }
    }
  }
  if (fields.name && (fields.givenName || fields.familyName) && definition === PLAIN) {
    delete fields.givenName;
    delete fields.familyName;
  }
  return { preset, fields, values: {} };
}
