import type { i18n } from 'i18next';
import { ApiError, type InputIssue } from '../../../../shared/api/errors';
import { issueText } from '../../app/issueText';

/** Problems shown for one file; the rest are counted. */
export const SHOWN_PROBLEMS = 5;

function tableName(strings: i18n, key: string): string {
  const label = `workspace.tables.${key}`;
  return strings.exists(label) ? strings.t(label) : key;
}

/**
 * Where one problem of a workspace file is, in a person's words: "People, row 4: Stance must be
 * one of the choices offered". The path is the JSON path in the file (`tables.people.3.stance`,
 * or `people.3.stance` in the older account format).
 */
export function problemText(strings: i18n, issue: InputIssue): string {
  const params = issue.params ?? {};
  switch (params.reason) {
    case 'not_text':
      return strings.t('workspace.problem.notText');
    case 'not_json':
      return params.line
        ? strings.t('workspace.problem.notJson', { line: params.line, column: params.column })
        : strings.t('workspace.problem.notJsonAnywhere');
    case 'not_workspace':
      return strings.t('workspace.problem.notWorkspace');
    case 'newer_format':
      return strings.t('workspace.problem.newerFormat', { format: params.format });
    case 'replace_needs_one':
      return strings.t('workspace.problem.replaceNeedsOne');
  }
  const parts = issue.path.split('.').filter((part) => part !== '');
  if (parts[0] === 'tables') parts.shift();
  const [table = 'tables', rowAt, ...field] = parts;
  const row = rowAt !== undefined && /^\d+$/.test(rowAt) ? Number(rowAt) + 1 : null;
  const inner = row === null && rowAt !== undefined ? [rowAt, ...field] : field;
  let problem: string;
  if (params.reason === 'missing_row') {
    problem = strings.t('workspace.problem.missingRow', { target: tableName(strings, String(params.table)) });
    if (inner.length > 0) problem = `${inner.join('.')}: ${problem}`;
  } else if (params.reason === 'row_refused') {
    problem = strings.t('workspace.problem.rowRefused');
  } else if (issue.problem === 'too_few' && table === 'accounts') {
    problem = strings.t('workspace.problem.noAccount');
  } else {
    problem = issueText(strings, { ...issue, path: inner.join('.') });
  }
  if (row === null) return strings.t('workspace.problem.atTable', { table: tableName(strings, table), problem });
  const where = { table: tableName(strings, table), row, problem };
  return params.label
    ? strings.t('workspace.problem.atNamedRow', { ...where, label: params.label })
    : strings.t('workspace.problem.atRow', where);
}

/** Every line to show for a refused import: what went wrong, then where, at most a few. */
export function importErrorLines(strings: i18n, error: unknown): string[] {
  const apiError = error instanceof ApiError ? error : new ApiError('internal', String(error));
  if (apiError.code !== 'invalid_input' || apiError.issues.length === 0) {
    return [strings.t(`errors.${apiError.code}`)];
  }
  const lines = apiError.issues.slice(0, SHOWN_PROBLEMS).map((issue) => problemText(strings, issue));
  const more = apiError.issues.length - SHOWN_PROBLEMS;
  if (more > 0) lines.push(strings.t('workspace.import.more', { count: more }));
  return lines;
}
