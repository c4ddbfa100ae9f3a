/**
 * The sample customer, language-neutral: who is who, how they stand toward us and how they are
 * linked. The words (names, titles, units, notes) are in text.en.ts and text.zh-CN.ts.
 */
import type { Confidence, PersonLayer, Progress, Role, Stance, TeamRole } from '../../../../shared/domain/enums';

export const UNITS = ['executive', 'finance', 'it', 'procurement', 'operations'] as const;
export type UnitKey = (typeof UNITS)[number];

export const COMPETITORS = ['voyager', 'bluesea'] as const;
export type CompetitorKey = (typeof COMPETITORS)[number];

export const PEOPLE = [
  'chairman',
  'ceo',
  'cfo',
  'vpOps',
  'office',
  'finDirector',
  'budget',
  'accountant',
  'costAccountant',
  'treasury',
  'cio',
  'architect',
  'erpPm',
  'infra',
  'security',
  'developer',
  'sysadmin',
  'procDirector',
  'procManager',
  'supplier',
  'contracts',
  'gmOps',
  'planning',
  'plant1',
  'quality',
  'warehouse',
  'plant2',
  'scheduler',
  'supervisor',
  'equipment',
] as const;
export type PersonKey = (typeof PEOPLE)[number];

export const MEMBERS = ['am', 'sponsor', 'tech', 'service'] as const;
export type MemberKey = (typeof MEMBERS)[number];

export const NOTES = ['cfoGap', 'coach'] as const;
export type NoteKey = (typeof NOTES)[number];

export const LABELS = ['diary', 'budgetFight', 'formerColleagues'] as const;
export type LabelKey = (typeof LABELS)[number];

export interface SamplePerson {
  key: PersonKey;
  unit: UnitKey;
  reportsTo: PersonKey | null;
  role: Role;
  influence: number;
  stance: Stance;
  access: number;
  progress: Progress;
  layer: PersonLayer;
  /** When role, influence, stance and access were last assessed; old ones show as stale. */
  assessedDaysAgo: number;
  confidence: Confidence;
  placeholder?: boolean;
  competitor?: CompetitorKey;
}

type Row = [
  PersonKey,
  UnitKey,
  PersonKey | null,
  Role,
  number,
  Stance,
  number,
  Progress,
  PersonLayer,
  number,
  Confidence,
];

// prettier-ignore
const ROWS: Row[] = [
  // key            unit           reports to      role              infl stance        acc progress    layer    days  confidence
  ['chairman',      'executive',   null,           'approver',       5, 'neutral',     1, 'know',     'key',    45, 'believed'],
  ['ceo',           'executive',   'chairman',     'decision_maker', 5, 'supportive',  2, 'connect',  'key',    12, 'confirmed'],
  ['cfo',           'executive',   'ceo',          'approver',       4, 'neutral',     0, 'none',     'key',    20, 'guess'],
  ['vpOps',         'executive',   'ceo',          'influencer',     4, 'skeptical',   2, 'know',     'key',    30, 'believed'],
  ['office',        'executive',   'ceo',          'gatekeeper',     3, 'neutral',     3, 'connect',  'key',    10, 'confirmed'],
  ['finDirector',   'finance',     'cfo',          'evaluator',      4, 'neutral',     2, 'know',     'key',    25, 'believed'],
  ['budget',        'finance',     'finDirector',  'evaluator',      3, 'supportive',  3, 'trust',    'key',     8, 'confirmed'],
  ['accountant',    'finance',     'finDirector',  'user',           2, 'neutral',     1, 'know',     'broad',  90, 'guess'],
  ['costAccountant','finance',     'budget',       'user',           1, 'neutral',     0, 'none',     'broad', 150, 'guess'],
  ['treasury',      'finance',     'finDirector',  'unknown',        2, 'neutral',     1, 'know',     'broad',  60, 'guess'],
  ['cio',           'it',          'ceo',          'evaluator',      4, 'supportive',  3, 'trust',    'key',     5, 'confirmed'],
  ['architect',     'it',          'cio',          'influencer',     4, 'skeptical',   2, 'connect',  'key',    14, 'believed'],
  ['erpPm',         'it',          'cio',          'coach',          3, 'champion',    4, 'leverage', 'key',     3, 'confirmed'],
  ['infra',         'it',          'cio',          'user',           2, 'neutral',     2, 'connect',  'broad',  40, 'believed'],
  ['security',      'it',          'cio',          'evaluator',      3, 'skeptical',   1, 'know',     'key',    70, 'guess'],
  ['developer',     'it',          'erpPm',        'user',           1, 'supportive',  2, 'connect',  'broad',  20, 'believed'],
  ['sysadmin',      'it',          'infra',        'user',           1, 'neutral',     1, 'know',     'broad', 100, 'guess'],
  ['procDirector',  'procurement', 'ceo',          'evaluator',      4, 'neutral',     1, 'know',     'key',    35, 'believed'],
  ['procManager',   'procurement', 'procDirector', 'gatekeeper',     3, 'skeptical',   2, 'know',     'key',    18, 'believed'],
  ['supplier',      'procurement', 'procManager',  'user',           2, 'neutral',     1, 'know',     'broad',  50, 'guess'],
  ['contracts',     'procurement', 'procManager',  'user',           1, 'neutral',     0, 'none',     'broad', 200, 'guess'],
  ['gmOps',         'operations',  'vpOps',        'influencer',     4, 'opposed',     1, 'know',     'key',    21, 'believed'],
  ['planning',      'operations',  'gmOps',        'user',           3, 'supportive',  3, 'trust',    'key',     9, 'confirmed'],
  ['plant1',        'operations',  'gmOps',        'user',           3, 'neutral',     2, 'connect',  'broad',  33, 'believed'],
  ['quality',       'operations',  'gmOps',        'influencer',     2, 'supportive',  2, 'connect',  'broad',  27, 'believed'],
  ['warehouse',     'operations',  'gmOps',        'user',           2, 'skeptical',   1, 'know',     'broad',  80, 'guess'],
  ['plant2',        'operations',  'gmOps',        'user',           3, 'neutral',     1, 'know',     'broad',  45, 'believed'],
  ['scheduler',     'operations',  'planning',     'user',           1, 'supportive',  2, 'connect',  'broad',  15, 'believed'],
  ['supervisor',    'operations',  'plant1',       'user',           1, 'neutral',     1, 'know',     'broad', 130, 'guess'],
  ['equipment',     'operations',  'plant2',       'user',           2, 'supportive',  2, 'connect',  'broad',  60, 'guess'],
];

/** The CFO is not yet identified (a placeholder); the architect leans to a competitor. */
const EXTRAS: Partial<Record<PersonKey, Pick<SamplePerson, 'placeholder' | 'competitor'>>> = {
  cfo: { placeholder: true },
  architect: { competitor: 'voyager' },
};

export const SAMPLE_PEOPLE: SamplePerson[] = ROWS.map(
  ([key, unit, reportsTo, role, influence, stance, access, progress, layer, assessedDaysAgo, confidence]) => ({
    key,
    unit,
    reportsTo,
    role,
    influence,
    stance,
    access,
    progress,
    layer,
    assessedDaysAgo,
    confidence,
    ...EXTRAS[key],
  }),
);

export const SAMPLE_ACCOUNT = {
  tier: 'key',
  stage: 'formation',
  relationshipType: 'preferred',
  potential: 5,
  orgStep: 'align',
} as const;

export const SAMPLE_TEAM: { key: MemberKey; role: TeamRole }[] = [
  { key: 'am', role: 'account_manager' },
  { key: 'sponsor', role: 'executive_sponsor' },
  { key: 'tech', role: 'technical_lead' },
  { key: 'service', role: 'service' },
];

/** Who of ours covers whom: 0 none, 1 weak, 2 strong. */
export const SAMPLE_COVERS: [MemberKey, PersonKey, 0 | 1 | 2][] = [
  ['am', 'cio', 2],
  ['am', 'erpPm', 2],
  ['am', 'finDirector', 1],
  ['am', 'procManager', 1],
  ['am', 'procDirector', 0],
  ['sponsor', 'ceo', 1],
  ['sponsor', 'vpOps', 1],
  ['sponsor', 'chairman', 0],
  ['tech', 'infra', 2],
  ['tech', 'developer', 2],
  ['tech', 'architect', 1],
  ['tech', 'security', 0],
  ['service', 'planning', 2],
  ['service', 'quality', 1],
  ['service', 'gmOps', 0],
];

/** Informal influence, from → to, strength 1..3. */
export const SAMPLE_INFLUENCES: [PersonKey, PersonKey, 1 | 2 | 3, LabelKey?][] = [
  ['architect', 'cio', 3, 'formerColleagues'],
  ['erpPm', 'cio', 2],
  ['cio', 'ceo', 2],
  ['vpOps', 'ceo', 2],
  ['gmOps', 'vpOps', 3],
  ['office', 'chairman', 2, 'diary'],
  ['finDirector', 'cfo', 2],
  ['budget', 'finDirector', 1],
  ['procManager', 'procDirector', 2],
  ['planning', 'gmOps', 1],
  ['quality', 'gmOps', 1],
];

export const SAMPLE_ALLIES: [PersonKey, PersonKey][] = [
  ['cio', 'finDirector'],
  ['erpPm', 'planning'],
];

/** Secondary reporting: the ERP project manager also answers to the business owner of the project. */
export const SAMPLE_DOTTED_LINES: [PersonKey, PersonKey][] = [['erpPm', 'vpOps']];

export const SAMPLE_RIVALS: [PersonKey, PersonKey, LabelKey?][] = [
  ['vpOps', 'cio', 'budgetFight'],
  ['architect', 'erpPm'],
];

/** The deal: who is on its map and how this deal sees some of them differently. */
export interface SampleOverride {
  person: PersonKey;
  role: Role | null;
  influence: number | null;
  stance: Stance | null;
}
export interface SampleOpportunity {
  amount: number;
  closeInDays: number;
  people: PersonKey[];
  members: MemberKey[];
  overrides: SampleOverride[];
}

export const SAMPLE_OPPORTUNITY: SampleOpportunity = {
  amount: 4_800_000,
  closeInDays: 150,
  people: [
    'chairman',
    'ceo',
    'cfo',
    'vpOps',
    'finDirector',
    'budget',
    'cio',
    'architect',
    'erpPm',
    'security',
    'procDirector',
    'procManager',
    'gmOps',
    'planning',
  ],
  members: ['am', 'sponsor', 'tech'],
  overrides: [
    { person: 'vpOps', role: 'decision_maker', influence: 5, stance: null },
    { person: 'gmOps', role: null, influence: 5, stance: 'skeptical' },
    { person: 'architect', role: null, influence: null, stance: 'opposed' },
  ],
};

/** Earlier account-level assessments, so the past can be shown. */
export const SAMPLE_HISTORY: {
  person: PersonKey;
  field: 'stance' | 'progress';
  from: string;
  to: string;
  daysAgo: number;
}[] = [
  { person: 'erpPm', field: 'stance', from: 'neutral', to: 'supportive', daysAgo: 200 },
  { person: 'erpPm', field: 'stance', from: 'supportive', to: 'champion', daysAgo: 60 },
  { person: 'gmOps', field: 'stance', from: 'skeptical', to: 'opposed', daysAgo: 40 },
  { person: 'cio', field: 'progress', from: 'connect', to: 'trust', daysAgo: 30 },
];

export const SAMPLE_NOTES: { key: NoteKey; color: string }[] = [
  { key: 'cfoGap', color: 'yellow' },
  { key: 'coach', color: 'pink' },
];

/** Birthdays we keep (personal details): Emily Shaw's was last week, and we sent our wishes. */
export const SAMPLE_BIRTHDAYS: Partial<Record<PersonKey, { daysAgo: number; year: number }>> = {
  budget: { daysAgo: 7, year: 1986 },
  erpPm: { daysAgo: -40, year: 1979 },
};

/** The whole sample without its words, as the inserter takes it. */
export const SAMPLE_STRUCTURE = {
  account: SAMPLE_ACCOUNT,
  units: UNITS,
  competitors: COMPETITORS,
  people: SAMPLE_PEOPLE,
  team: SAMPLE_TEAM,
  covers: SAMPLE_COVERS,
  influences: SAMPLE_INFLUENCES,
  allies: SAMPLE_ALLIES,
  dottedLines: SAMPLE_DOTTED_LINES,
  rivals: SAMPLE_RIVALS,
  opportunity: SAMPLE_OPPORTUNITY,
  history: SAMPLE_HISTORY,
  notes: SAMPLE_NOTES,
  birthdays: SAMPLE_BIRTHDAYS,
};
export type SampleStructure = typeof SAMPLE_STRUCTURE;
