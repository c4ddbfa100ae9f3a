import { ApiError } from '../../../../shared/api/errors';
import { inputIssue, issuesFromZod, type InputIssue } from '../../../../shared/api/issues';
import { AccountExport } from '../../../../shared/api/methods/exports';
import { OLD_ACCOUNT_FORMAT, WORKSPACE_FORMAT, WorkspaceFile } from '../../../../shared/api/methods/workspace';
import {
  WORKSPACE_TABLES,
  camelOf,
  type Column,
  type WorkspaceTable,
} from '../../../../shared/api/methods/workspaceTables';
import { migrateAccountV1, originKey, type Origins } from './migrateAccountV1';

/** Problems told about one file: enough to find them, not a wall of text. */
const MAX_ISSUES = 20;

export interface ReadFile {
  file: WorkspaceFile;
  /** The format the file was written in. */
  format: string;
  /**
   * Links to our team that the file itself does not carry (the old format had no team): they are
   * resolved against this database's team on import, or left out.
   */
  teamOutside: boolean;
}

function refuse(message: string, issues: InputIssue[], parsed?: unknown): never {
  const shown = issues.slice(0, MAX_ISSUES);
  throw new ApiError('invalid_input', message, parsed === undefined ? shown : shown.map((i) => named(i, parsed)));
}

const LABEL_FIELDS = ['name', 'title', 'description', 'summary', 'text'];

/**
 * An issue in a row that has a name (a person, a map, an action) says it, so that "People, row 4"
 * can read "People, row 4 (Wang Jianguo)": found by walking the issue's path in the file as read.
 */
function named(issue: InputIssue, parsed: unknown): InputIssue {
  const parts = issue.path.split('.');
  const depth = parts[0] === 'tables' ? 3 : 2;
  let row: unknown = parsed;
  for (const part of parts.slice(0, depth)) {
    row = typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[part] : undefined;
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return issue;
  const label = LABEL_FIELDS.map((field) => (row as Record<string, unknown>)[field]).find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  if (!label) return issue;
  const short = label.trim().length > 60 ? `${label.trim().slice(0, 59)}…` : label.trim();
  return { ...issue, params: { ...issue.params, label: short } };
}

/**
 * Line and column of a JSON syntax error, from the position V8 names in its message. A file cut
 * short ("Unexpected end of JSON input") names no position: its error is where the text ends.
 */
function whereInText(text: string, error: Error): { line: number; column: number } | null {
  const match = /position (\d+)/.exec(error.message);
  const endsEarly = /end of JSON input/i.test(error.message);
  if (!match && !endsEarly) return null;
  const position = match ? Number(match[1]) : text.length;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/** The file's text: UTF-8, with or without a byte-order mark. */
export function fileText(input: { json?: string; dataBase64?: string }): string {
  if (input.json !== undefined) return input.json.replace(/^\uFEFF/, '');
  const bytes = Buffer.from(input.dataBase64 ?? '', 'base64');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    refuse('The file is not text (UTF-8): it is not a workspace file', [
      inputIssue('', 'invalid', { reason: 'not_text' }, 'The file is not UTF-8 text.'),
    ]);
  }
}

/**
 * A workspace file read, checked and brought to this version: not JSON, not a workspace file, a
 * newer format, a row of the wrong shape, or a row that points at something the file does not
 * hold — each is refused with where it is (the JSON path of the field, or the line of a syntax
 * error), before anything is written.
 */
export function readWorkspaceFile(text: string): ReadFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const at = whereInText(text, error as Error);
    refuse(`The file is not valid JSON${at ? ` (line ${at.line}, column ${at.column})` : ''}`, [
      inputIssue(
        '',
        'invalid',
        at ? { reason: 'not_json', line: at.line, column: at.column } : { reason: 'not_json' },
        `Not valid JSON: ${(error as Error).message}`,
      ),
    ]);
  }
  const format =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as { format?: unknown }).format
      : undefined;
  if (typeof format !== 'string' || !format.startsWith('powermap.')) {
    refuse('This is not a Powermap workspace file', [
      inputIssue('format', 'invalid', { reason: 'not_workspace' }, 'No Powermap "format" field: not a workspace file.'),
    ]);
  }
  if (format === OLD_ACCOUNT_FORMAT) {
    const old = AccountExport.safeParse(parsed, { reportInput: true });
    if (!old.success) refuse('The account file is damaged', issuesFromZod(old.error.issues), parsed);
    const { file, origins } = migrateAccountV1(old.data);
    return { file: checked(file, origins, parsed), format, teamOutside: true };
  }
  if (format !== WORKSPACE_FORMAT) {
    refuse(`The file's format ${format} is not one this version of Powermap reads`, [
      inputIssue(
        'format',
        'invalid',
        { reason: 'newer_format', format },
        `Format ${format} is unknown here: it may come from a newer Powermap.`,
      ),
    ]);
  }
  const result = WorkspaceFile.safeParse(parsed, { reportInput: true });
  if (!result.success) refuse('The workspace file is damaged', issuesFromZod(result.error.issues), parsed);
  return { file: checked(result.data as WorkspaceFile, new Map(), parsed), format, teamOutside: false };
}

/** An issue's path as the file has it: a migrated row is told at its place in the old file. */
function placeOf(origins: Origins, table: string, index: number, field?: string): string {
  const origin = origins.get(originKey(table, index));
  const base = origin ?? `tables.${table}.${index}`;
  return field ? `${base}.${field}` : base;
}

/**
 * Shape-checked rows that must also hang together: one row per id in each table, every
 * reference pointing at a row in the file, one file account when it is to replace one.
 */
function checked(file: WorkspaceFile, origins: Origins, parsed: unknown): WorkspaceFile {
  const teamOutside = origins.size > 0;
  const issues: InputIssue[] = [];
  const ids = new Map<string, Set<string>>();
  // A current file was shape-checked whole; a migrated one is checked row by row, so a problem is
  // told at its place in the old file.
  if (origins.size > 0) {
    for (const table of WORKSPACE_TABLES as readonly WorkspaceTable[]) {
      const rows = file.tables[table.key as keyof typeof file.tables];
      const schema = WorkspaceFile.shape.tables.shape[table.key as keyof typeof file.tables].element;
      rows.forEach((row, index) => {
        const result = schema.safeParse(row, { reportInput: true });
        if (result.success) return;
        for (const issue of issuesFromZod(result.error.issues)) {
          issues.push({ ...issue, path: placeOf(origins, table.key, index, issue.path) });
        }
      });
    }
    if (issues.length > 0) refuse('The account file is damaged', issues, parsed);
  }
  for (const table of WORKSPACE_TABLES as readonly WorkspaceTable[]) {
    if (!('id' in table.columns)) continue;
    const seen = new Set<string>();
    file.tables[table.key as keyof typeof file.tables].forEach((row, index) => {
      const id = String(row.id);
      if (seen.has(id)) issues.push(inputIssue(placeOf(origins, table.key, index, 'id'), 'duplicate'));
      seen.add(id);
    });
    ids.set(table.key, seen);
  }
  for (const table of WORKSPACE_TABLES as readonly WorkspaceTable[]) {
    file.tables[table.key as keyof typeof file.tables].forEach((row, index) => {
      for (const [name, column] of Object.entries(table.columns as Record<string, Column>)) {
        if (column.kind !== 'ref') continue;
        const value = row[camelOf(name)];
        if (value === null || value === undefined) continue;
        // Our team, in an old file, is this database's: the import resolves it.
        if (teamOutside && column.table === 'teamMembers') continue;
        if (!ids.get(column.table)?.has(String(value))) {
          issues.push(
            inputIssue(
              placeOf(origins, table.key, index, camelOf(name)),
              'does_not_belong',
              { reason: 'missing_row', table: column.table },
              `Refers to a row of ${column.table} that is not in the file.`,
            ),
          );
        }
      }
    });
  }
  if (issues.length > 0) refuse('The workspace file does not hang together', issues, parsed);
  return file;
}
