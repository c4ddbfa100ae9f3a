import type { PersonLayer, Role, Stance } from '../../../shared/domain/enums';
import type { ImportMapping } from '../../../shared/api/methods/imports';

/**
 * The words CRMs and people's own sheets use for the method's codes, in English and Chinese. A
 * mapping's own `values` come first, so a team's private vocabulary ("DM", "拍板人") can be added.
 */
const ROLE_WORDS: Record<Role, string[]> = {
  approver: [
    'approver',
    'final approver',
    'signer',
    'budget holder',
    'economic buyer',
    '批准者',
    '批准人',
    '审批人',
    '审批者',
    '拍板人',
  ],
  decision_maker: ['decision maker', 'decision-maker', 'decisionmaker', 'dm', 'decider', '决策者', '决策人', '决策'],
  evaluator: [
    'evaluator',
    'technical evaluator',
    'technical buyer',
    'assessor',
    '评估者',
    '评估人',
    '评估',
    '技术评估',
  ],
  influencer: ['influencer', 'influencer/advisor', 'advisor', '影响者', '影响人'],
  user: ['user', 'end user', 'end-user', 'user buyer', '使用者', '用户', '最终用户'],
  gatekeeper: ['gatekeeper', 'gate keeper', 'blocker', '把关人', '把关者', '守门人', '关口'],
  coach: ['coach', 'champion', 'sponsor', 'inside coach', '教练', '线人', '内线', '教练/线人'],
  unknown: ['unknown', 'other', 'n/a', '未知', '其他'],
};

const STANCE_WORDS: Record<Stance, string[]> = {
  opposed: ['opposed', 'against', 'hostile', 'detractor', '-2', '反对', '敌对'],
  skeptical: ['skeptical', 'sceptical', 'unsupportive', 'negative', '-1', '不支持', '怀疑', '消极'],
  neutral: ['neutral', '0', '中立', '中性'],
  supportive: ['supportive', 'supporter', 'positive', 'supportive (not exclusive)', '+1', '1', '支持', '支持不排他'],
  champion: ['champion (exclusive)', 'exclusive', 'advocate', '+2', '2', '支持并排他', '排他支持', '铁杆'],
};

const LAYER_WORDS: Record<PersonLayer, string[]> = {
  key: ['key', 'key relationship', 'key relationships', '关键', '关键客户关系', '关键关系'],
  broad: ['broad', 'broad relationship', 'broad relationships', '普遍', '普遍客户关系', '普遍关系', '一般'],
};

const INFLUENCE_WORDS: Record<number, string[]> = {
  1: ['1', 'very low', 'minimal', '很低', '极低'],
  2: ['2', 'low', '低', '较低'],
  3: ['3', 'medium', 'moderate', '中', '中等', '一般'],
  4: ['4', 'high', '高', '较高'],
  5: ['5', 'very high', 'decisive', 'critical', '很高', '极高', '决定性'],
};

const key = (value: string): string => value.trim().toLowerCase().replace(/\s+/g, ' ');

function dictionary<T>(words: Record<string | number, string[]>, parse: (code: string) => T): Map<string, T> {
  const map = new Map<string, T>();
  for (const [code, list] of Object.entries(words)) {
    map.set(key(code), parse(code));
    map.set(key(code.replace(/_/g, ' ')), parse(code));
    for (const word of list) map.set(key(word), parse(code));
  }
  return map;
}

const BUILT_IN = {
  role: dictionary<Role>(ROLE_WORDS, (code) => code as Role),
  stance: dictionary<Stance>(STANCE_WORDS, (code) => code as Stance),
  layer: dictionary<PersonLayer>(LAYER_WORDS, (code) => code as PersonLayer),
  influence: dictionary<number>(INFLUENCE_WORDS, Number),
};

export type ValueField = keyof typeof BUILT_IN;
type CodeOf<F extends ValueField> = F extends 'role'
  ? Role
  : F extends 'stance'
    ? Stance
    : F extends 'layer'
      ? PersonLayer
      : number;

/** Reads the file's words for one field: null for an empty cell, undefined for a word not known. */
export function valueReader<F extends ValueField>(
  field: F,
  mapping: ImportMapping,
): (cell: string) => CodeOf<F> | null | undefined {
  const own = new Map(Object.entries(mapping.values[field] ?? {}).map(([word, code]) => [key(word), code]));
  const builtIn = BUILT_IN[field] as Map<string, CodeOf<F>>;
  return (cell) => {
    const word = key(cell);
    if (!word) return null;
    return (own.get(word) as CodeOf<F> | undefined) ?? builtIn.get(word);
  };
}
