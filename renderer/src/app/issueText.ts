/**
 * A refused field in the user's words: the problem's sentence with the field's label, or the
 * wording a domain has for it ("Give the account a name"). The same for what the client's own
 * check finds and what the backend sends back, since both are InputIssues.
 */
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { contract, isMethodName, type InputOf, type MethodName } from '../../../shared/api/contract';
import type { InputIssue } from '../../../shared/api/issues';
import { issuesOf, parseCall } from '../../../shared/api/validate';
import { ApiError } from '../../../shared/api/errors';
import { formatCalendarDate } from './localDate';

export interface IssueContext {
  /** The method the value is for: its domain picks the wording ("accounts" → "Give the account a name"). */
  method?: string;
  /** The label the form shows for the field, used instead of the label table's. */
  label?: string;
}

/** The key a label table names: the last object key of the path (`commitments.0.dueDate` → `dueDate`). */
export function fieldKey(path: string): string {
  return (
    path
      .split('.')
      .filter((part) => part !== '' && !/^\d+$/.test(part))
      .at(-1) ?? ''
  );
}

const domainOf = (method: string | undefined): string => (method && isMethodName(method) ? method.split('.')[0]! : '');

function fieldLabel(strings: i18n, domain: string, key: string): string {
  if (!key) return strings.t('validation.wholeInput');
  for (const candidate of [`validation.fieldsIn.${domain}.${key}`, `validation.fields.${key}`]) {
    if (strings.exists(candidate)) return strings.t(candidate);
  }
  // A key the table does not know yet: its own name reads better than nothing.
  return key;
}

/** Parameters as the sentence shows them: dates in the user's calendar format. */
function shownParams(issue: InputIssue, language: string): Record<string, string | number> {
  const params = { ...issue.params };
  if (issue.problem === 'date_out_of_range') {
    for (const bound of ['min', 'max'] as const) {
      const value = params[bound];
      if (typeof value === 'string') params[bound] = formatCalendarDate(value, language);
    }
  }
  return params;
}

export function issueText(strings: i18n, issue: InputIssue, context: IssueContext = {}): string {
  const domain = domainOf(context.method);
  const key = fieldKey(issue.path);
  const params = shownParams(issue, strings.language);
  const specific = `validation.specific.${domain}.${key}.${issue.problem}`;
  if (domain && key && strings.exists(specific)) return strings.t(specific, params);
  const field = context.label ?? fieldLabel(strings, domain, key);
  // Text over several lines may hold line breaks, so its message does not forbid them.
  const variant = issue.params?.lines === 'many' ? { context: 'multiline' } : {};
  return strings.t(`validation.problems.${issue.problem}`, { ...params, field, ...variant });
}

/** `issueText` in the current language, for components. */
export function useIssueText(): (issue: InputIssue, context?: IssueContext) => string {
  const { i18n } = useTranslation();
  return (issue, context) => issueText(i18n, issue, context);
}

/** The issues the contract finds in a call, as the client's own check before sending would. */
export function callIssues<M extends MethodName>(method: M, input: InputOf<M>): InputIssue[] {
  try {
    parseCall(method, input);
    return [];
  } catch (error) {
    if (error instanceof ApiError) return error.issues;
    throw error;
  }
}

/**
 * The words for what the contract finds wrong at one field of a call, or null when that field is
 * fine: how a form checks a field as the user leaves it, with the same words the send would give.
 */
export function useFieldProblem(): <M extends MethodName>(method: M, input: InputOf<M>, path: string) => string | null {
  const text = useIssueText();
  return (method, input, path) => {
    const issue = callIssues(method, input).find((candidate) => candidate.path === path);
    return issue ? text(issue, { method }) : null;
  };
}

/** The issues of one value by the schema of a method's input field, e.g. a name in a dialog. */
export function valueIssues(method: MethodName, path: string, value: unknown): InputIssue[] {
  let schema: Parameters<typeof issuesOf>[0] = contract[method].input;
  for (const part of path.split('.')) {
    const shape = (schema as { shape?: Record<string, Parameters<typeof issuesOf>[0]> }).shape;
    const next = shape?.[part];
    if (!next) throw new Error(`${method} has no field ${path}`);
    schema = next;
  }
  return issuesOf(schema, value).map((issue) => ({ ...issue, path: issue.path ? `${path}.${issue.path}` : path }));
}
