import { TEXT_LIMITS } from '../../../shared/api/text';
import type {
  ImportDuplicate,
  ImportField,
  ImportMapping,
  ImportRow,
  ImportRowProblem,
} from '../../../shared/api/methods/imports';
import { IMPORT_FIELDS } from '../../../shared/api/methods/imports';
import { joinName, nameKey } from './names';
import type { Table } from './table';
import { valueReader } from './values';

/** Someone already in the account, as duplicates and managers are matched against. */
export interface KnownPerson {
  id: string;
  name: string;
  title: string;
  email: string;
}

/** Who a row reports to: another row of the file or someone already in the account. */
export type ManagerRef = { row: number } | { personId: string } | null;

export interface PlannedRow extends ImportRow {
  notes: string;
  managerRef: ManagerRef;
}

export interface ImportPlan {
  rows: PlannedRow[];
  duplicates: ImportDuplicate[];
}

const LINE_CONTROLS = /\p{Cc}+/gu;
const TEXT_CONTROLS = /[^\P{Cc}\t\n\r]+/gu;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** One line of text as the contract takes it: controls become spaces, and past `max` it is cut. */
function oneLine(value: string, max: number, field: ImportField, problems: ImportRowProblem[]): string {
  const clean = value.replace(LINE_CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  if (chars.length <= max) return clean;
  problems.push({ field, problem: 'cut_short', value: clean.slice(0, 60) });
  return chars.slice(0, max).join('').trim();
}

const emailKey = (email: string): string => email.trim().toLowerCase();

/**
 * What importing the table with this mapping would do, row by row: the person each row becomes,
 * what is wrong with it, whom it reports to, and which rows are people the account has already.
 */
export function planImport(table: Table, mapping: ImportMapping, known: readonly KnownPerson[]): ImportPlan {
  const index = new Map(table.columns.map((column, i) => [column, i]));
  const cellOf = (field: ImportField) => {
    const column = mapping.fields[field];
    const at = column === undefined ? undefined : index.get(column);
    return (row: readonly string[]) => (at === undefined ? '' : (row[at] ?? ''));
  };
  const cells = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, cellOf(field)])) as Record<
    ImportField,
    (row: readonly string[]) => string
  >;
  const readRole = valueReader('role', mapping);
  const readStance = valueReader('stance', mapping);
  const readLayer = valueReader('layer', mapping);
  const readInfluence = valueReader('influence', mapping);

  const rows: PlannedRow[] = table.rows.map((cellsOfRow, row) => {
    const problems: ImportRowProblem[] = [];
    const raw = cells.name(cellsOfRow).trim() || joinName(cells.givenName(cellsOfRow), cells.familyName(cellsOfRow));
    const name = oneLine(raw, TEXT_LIMITS.name, 'name', problems);
    if (!name) problems.push({ field: 'name', problem: 'no_name' });
    const email = oneLine(cells.email(cellsOfRow), TEXT_LIMITS.email, 'email', problems);
    if (email && !EMAIL.test(email)) problems.push({ field: 'email', problem: 'invalid_email', value: email });
    const coded = <T>(field: ImportField, read: (cell: string) => T | null | undefined): T | null => {
      const cell = cells[field](cellsOfRow).trim();
      const value = read(cell);
      if (value === undefined) {
        problems.push({ field, problem: 'unknown_value', value: cell.slice(0, 200) });
        return null;
      }
      return value;
    };
    const tags = [
      ...new Set(
        cells
          .tags(cellsOfRow)
          .split(/[,;，；]|:::/)
          .map((tag) => oneLine(tag, TEXT_LIMITS.tag, 'tags', problems))
          .filter(Boolean),
      ),
    ].slice(0, 50);
    const notes = cells.notes(cellsOfRow).replace(TEXT_CONTROLS, ' ').trim().slice(0, TEXT_LIMITS.longText);
    return {
      row,
      name,
      title: oneLine(cells.title(cellsOfRow), TEXT_LIMITS.jobTitle, 'title', problems),
      department: oneLine(cells.department(cellsOfRow), TEXT_LIMITS.name, 'department', problems),
      email,
      phone: oneLine(cells.phone(cellsOfRow), TEXT_LIMITS.phone, 'phone', problems),
      mobile: oneLine(cells.mobile(cellsOfRow), TEXT_LIMITS.phone, 'mobile', problems),
      manager: oneLine(cells.manager(cellsOfRow), TEXT_LIMITS.name, 'manager', problems),
      role: coded('role', readRole),
      influence: coded('influence', readInfluence),
      stance: coded('stance', readStance),
      layer: coded('layer', readLayer),
      tags,
      hasNotes: notes.length > 0,
      notes,
      managerRef: null,
      problems,
    };
  });

  resolveManagers(rows, table, cells.recordId, known);
  breakLoops(rows);
  return { rows, duplicates: findDuplicates(rows, known) };
}

/** Each manager cell, read as the file's own id, then an email, then a name; in the file first, then the account. */
function resolveManagers(
  rows: PlannedRow[],
  table: Table,
  recordIdOf: (row: readonly string[]) => string,
  known: readonly KnownPerson[],
): void {
  const byRecord = new Map<string, number>();
  const byEmail = new Map<string, number>();
  const byName = new Map<string, number>();
  rows.forEach((row, i) => {
    const id = recordIdOf(table.rows[i]!).trim();
    if (id && !byRecord.has(id)) byRecord.set(id, i);
    if (row.email && !byEmail.has(emailKey(row.email))) byEmail.set(emailKey(row.email), i);
    if (row.name && !byName.has(nameKey(row.name))) byName.set(nameKey(row.name), i);
  });
  const knownByEmail = new Map<string, string>();
  const knownByName = new Map<string, string>();
  for (const person of known) {
    if (person.email) knownByEmail.set(emailKey(person.email), person.id);
    if (person.name && !knownByName.has(nameKey(person.name))) knownByName.set(nameKey(person.name), person.id);
  }
  for (const row of rows) {
    const ref = row.manager.trim();
    if (!ref) continue;
    const inFile = byRecord.get(ref) ?? byEmail.get(emailKey(ref)) ?? byName.get(nameKey(ref));
    if (inFile !== undefined) {
      if (inFile === row.row) row.problems.push({ field: 'manager', problem: 'manager_is_self', value: ref });
      else row.managerRef = { row: inFile };
      continue;
    }
    const personId = knownByEmail.get(emailKey(ref)) ?? knownByName.get(nameKey(ref));
    if (personId) row.managerRef = { personId };
    else row.problems.push({ field: 'manager', problem: 'manager_not_found', value: ref });
  }
}

/** A chain of managers in the file that comes back to where it started loses its last line. */
function breakLoops(rows: PlannedRow[]): void {
  const state = new Uint8Array(rows.length); // 0 unseen, 1 on the current path, 2 done
  for (let start = 0; start < rows.length; start++) {
    const path: number[] = [];
    let at: number | null = start;
    while (at !== null && state[at] === 0) {
      state[at] = 1;
      path.push(at);
      const ref: ManagerRef = rows[at]!.managerRef;
      const next: number | null = ref && 'row' in ref ? ref.row : null;
      if (next !== null && state[next] === 1) {
        rows[at]!.managerRef = null;
        rows[at]!.problems.push({ field: 'manager', problem: 'reporting_loop', value: rows[at]!.manager });
        break;
      }
      at = next;
    }
    for (const v of path) state[v] = 2;
  }
}

/** Rows that are someone the account has: the same email, or the same name and title. */
function findDuplicates(rows: PlannedRow[], known: readonly KnownPerson[]): ImportDuplicate[] {
  const byEmail = new Map<string, KnownPerson>();
  const byNameTitle = new Map<string, KnownPerson>();
  for (const person of known) {
    if (person.email) byEmail.set(emailKey(person.email), person);
    byNameTitle.set(`${nameKey(person.name)}\u0000${nameKey(person.title)}`, person);
  }
  const seenEmail = new Map<string, number>();
  const duplicates: ImportDuplicate[] = [];
  for (const row of rows) {
    if (!row.name) continue;
    if (row.email) {
      const first = seenEmail.get(emailKey(row.email));
      if (first !== undefined) row.problems.push({ field: 'email', problem: 'same_as_row', value: String(first + 1) });
      else seenEmail.set(emailKey(row.email), row.row);
    }
    const byMail = row.email ? byEmail.get(emailKey(row.email)) : undefined;
    const person = byMail ?? byNameTitle.get(`${nameKey(row.name)}\u0000${nameKey(row.title)}`);
    if (person) {
      duplicates.push({
        row: row.row,
        personId: person.id,
        name: person.name,
        title: person.title,
        match: byMail ? 'email' : 'name_title',
      });
    }
  }
  return duplicates;
}
