/**
 * What is wrong with one field of a refused call, as a stable code with its parameters (which the
 * renderer translates, with the field's label) and an English sentence for API users. zod's own
 * wording never leaves this module.
 */
import type { z } from 'zod';
import { FIRST_DATE, LAST_DATE } from '../domain/calendarDate';

export const PROBLEMS = [
  // The shape of the call.
  'required',
  'wrong_type',
  'unknown_field',
  'unknown_choice',
  'invalid_id',
  // Text.
  'too_long',
  'too_short',
  'control_characters',
  // Numbers.
  'too_large',
  'too_small',
  'not_whole_number',
  'out_of_range',
  // Lists.
  'too_many',
  'too_few',
  'duplicate',
  // Dates and times.
  'not_a_date',
  'date_out_of_range',
  'not_an_instant',
  'invalid_time_zone',
  // Rules of the domain (services and refinements).
  'other_account',
  'not_in_account',
  'does_not_belong',
  'exists_already',
  'reporting_loop',
  'unit_loop',
  'same_person',
  'line_start',
  'line_kind',
  'place_exactly_one',
  'needs_create_map',
  'nothing_to_change',
  'change_id_used',
  'sample_member',
  'not_in_scope',
  'title_or_target',
  'competitor_cell',
  // Files on this machine.
  'path_not_absolute',
  'path_is_open_file',
  'folder_missing',
  // Encryption.
  'passphrase_or_recovery_key',
  'invalid',
] as const;
export type Problem = (typeof PROBLEMS)[number];

export type IssueParams = Record<string, string | number>;

export interface InputIssue {
  /** The field, dotted from the input's root (`patch.name`, `commitments.0.dueDate`); '' for the input itself. */
  path: string;
  problem: Problem;
  /** What the problem is measured against: `max`, `min`, `keys`, `options`… */
  params?: IssueParams;
  /** The same in an English sentence, for API users and logs; the UI translates `problem` instead. */
  message: string;
}

export const isProblem = (value: unknown): value is Problem =>
  typeof value === 'string' && (PROBLEMS as readonly string[]).includes(value);

const SPAN = { min: FIRST_DATE, max: LAST_DATE };

/** English sentences of the problems zod finds; domain problems bring their own. */
function englishMessage(problem: Problem, params: IssueParams): string {
  switch (problem) {
    case 'required':
      return 'A value is required.';
    case 'wrong_type':
      return `Expected a value of type ${params.expected ?? 'another'} here.`;
    case 'unknown_field':
      return `Unknown field: ${params.keys}.`;
    case 'unknown_choice':
      return `Not one of the choices: ${params.options}.`;
    case 'invalid_id':
      return 'Not an id (a UUID).';
    case 'too_long':
      return `At most ${params.max} characters are allowed.`;
    case 'too_short':
      return `At least ${params.min} characters are needed.`;
    case 'control_characters':
      return 'Control characters are not allowed: a one-line field takes none, longer text only tabs and line breaks.';
    case 'too_large':
      return `At most ${params.max} is allowed.`;
    case 'too_small':
      return `At least ${params.min} is needed.`;
    case 'not_whole_number':
      return 'A whole number is needed.';
    case 'too_many':
      return `At most ${params.max} items are allowed.`;
    case 'too_few':
      return `At least ${params.min} items are needed.`;
    case 'not_a_date':
      return 'Not a calendar date: expected YYYY-MM-DD naming a day the month has.';
    case 'date_out_of_range':
      return `Dates lie between ${params.min} and ${params.max}.`;
    case 'not_an_instant':
      return 'Not a date and time with an offset, such as 2027-02-23T09:30:00+08:00.';
    case 'invalid_time_zone':
      return 'Not a known time zone (such as Asia/Shanghai) or UTC offset (such as +08:00).';
    case 'out_of_range':
      return `Between ${params.min} and ${params.max}.`;
    case 'nothing_to_change':
      return 'Nothing to change.';
    case 'passphrase_or_recovery_key':
      return 'Give the passphrase or the recovery key (one of them).';
    default:
      return 'Not valid.';
  }
}

/** An issue with its English sentence; domain rules pass their own sentence. */
export function inputIssue(path: string, problem: Problem, params: IssueParams = {}, message?: string): InputIssue {
  const text = message ?? englishMessage(problem, params);
  return Object.keys(params).length > 0 ? { path, problem, params, message: text } : { path, problem, message: text };
}

/** What a custom check (a refinement) of the contract says it found, in its `params`. */
export interface CustomProblem {
  problem: Problem;
  params?: IssueParams;
}

const list = (values: readonly unknown[], most = 20): string =>
  values.slice(0, most).map(String).join(', ') + (values.length > most ? ', …' : '');

/** One zod issue (parsed with `reportInput`) as the problem a person can be told about. */
function fromZod(issue: z.core.$ZodIssue): { problem: Problem; params?: IssueParams; message?: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { problem: 'required' };
      if (issue.expected === 'int' && typeof issue.input === 'number' && Number.isFinite(issue.input))
        return { problem: 'not_whole_number' };
      return { problem: 'wrong_type', params: { expected: issue.expected === 'int' ? 'number' : issue.expected } };
    case 'too_big':
      if (issue.origin === 'string') return { problem: 'too_long', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { problem: 'too_many', params: { max: Number(issue.maximum) } };
      return { problem: 'too_large', params: { max: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { problem: 'required' }
          : { problem: 'too_short', params: { min: Number(issue.minimum) } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { problem: 'too_few', params: { min: Number(issue.minimum) } };
      return { problem: 'too_small', params: { min: Number(issue.minimum) } };
    case 'invalid_format':
      if (issue.format === 'uuid' || issue.format === 'guid') return { problem: 'invalid_id' };
      if (issue.format === 'date') return { problem: 'not_a_date' };
      if (issue.format === 'datetime') return { problem: 'not_an_instant' };
      return { problem: 'invalid' };
    case 'unrecognized_keys':
      return { problem: 'unknown_field', params: { keys: list(issue.keys) } };
    case 'invalid_value':
      return { problem: 'unknown_choice', params: { options: list(issue.values) } };
    case 'custom': {
      const custom = issue.params as Partial<CustomProblem> | undefined;
      if (custom && isProblem(custom.problem)) {
        return { problem: custom.problem, params: custom.params, message: issue.message };
      }
      return { problem: 'invalid' };
    }
    default:
      return { problem: 'invalid' };
  }
}

/** Every zod issue as an InputIssue; a custom check's own English sentence is kept. */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  return issues.map((issue) => {
    const { problem, params, message } = fromZod(issue);
    const path = issue.path.map(String).join('.');
    return inputIssue(path, problem, problem === 'date_out_of_range' ? { ...SPAN, ...params } : params, message);
  });
}

/** A custom issue for `ctx.addIssue` in a superRefine: the problem, its parameters and an English sentence. */
export function customIssue(problem: Problem, message?: string, params?: IssueParams) {
  return {
    code: 'custom' as const,
    message: message ?? englishMessage(problem, params ?? {}),
    params: (params ? { problem, params } : { problem }) satisfies CustomProblem,
  };
}

/**
 * The zod options of a custom check that reports `problem`, with the English sentence it keeps:
 * `z.string().refine(ok, customProblem('control_characters'))`. The check runs only on a value
 * that passed the checks before it, so a malformed date is not also called out of range.
 */
export function customProblem(problem: Problem, params?: IssueParams) {
  return {
    message: englishMessage(problem, { ...(problem === 'date_out_of_range' ? SPAN : {}), ...params }),
    params: (params ? { problem, params } : { problem }) satisfies CustomProblem,
    when: (payload: z.core.ParsePayload) => payload.issues.length === 0,
  };
}
