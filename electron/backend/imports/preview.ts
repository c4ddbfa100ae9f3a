import type { ImportMapping, ImportPreset, ImportPreview } from '../../../shared/api/methods/imports';
import { ImportPresetSettings } from '../../../shared/api/methods/imports';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Db } from '../db/connection';
import { getAccount } from '../services/accounts';
import { planImport, type ImportPlan, type KnownPerson } from './plan';
import { detectPreset, mappingFor } from './presets';
import { bytesOf, readImportFileOnce, type ReadFile } from './readFile';

const PRESETS_KEY = 'importPresets';

/** The mappings people saved, by preset; a stored value this version cannot read counts as none. */
export function rememberedMappings(db: Db): ImportPresetSettings {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(PRESETS_KEY) as { value: string } | undefined;
  if (!row) return {};
  try {
    const parsed = ImportPresetSettings.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function rememberMapping(db: Db, mapping: ImportMapping): ImportPresetSettings {
  const next = { ...rememberedMappings(db), [mapping.preset]: mapping };
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(PRESETS_KEY, JSON.stringify(next));
  return next;
}

export function knownPeople(db: Db, accountId: string): KnownPerson[] {
  return db
    .prepare(
      'SELECT id, name, title, email FROM people WHERE account_id = ? AND deleted_at IS NULL ORDER BY created_at',
    )
    .all(accountId) as KnownPerson[];
}

/** The mapping to use: the caller's, else the one remembered for the file's kind, else the preset's own. */
function chooseMapping(db: Db, file: ReadFile, given: ImportMapping | undefined): ImportMapping {
  const columns = new Set(file.table.columns);
  if (given) {
    // A column the file does not have (or none, '') leaves its field unread; the preview's mapping says so.
    const fields = Object.fromEntries(
      Object.entries(given.fields).filter(([, column]) => typeof column === 'string' && columns.has(column)),
    );
    return { ...given, fields };
  }
  const preset: ImportPreset = file.format === 'vcard' ? 'vcard' : detectPreset(file.table.columns);
  const remembered = rememberedMappings(db)[preset];
  if (
    remembered &&
    Object.values(remembered.fields).every((column) => typeof column !== 'string' || columns.has(column))
  ) {
    return remembered;
  }
  return mappingFor(preset, file.table.columns);
}

export interface PreparedImport {
  file: ReadFile;
  mapping: ImportMapping;
  plan: ImportPlan;
}

/** Reads the file and plans the import; a file that cannot be read is refused before anything is written. */
export function prepareImport(db: Db, input: ParsedInputOf<'imports.preview'>): PreparedImport {
  getAccount(db, input.accountId);
  const file = readImportFileOnce(bytesOf(input.dataBase64));
  const mapping = chooseMapping(db, file, input.mapping);
  return { file, mapping, plan: planImport(file.table, mapping, knownPeople(db, input.accountId)) };
}

export function previewImport(db: Db, input: ParsedInputOf<'imports.preview'>): ImportPreview {
  const { file, mapping, plan } = prepareImport(db, input);
  return {
    format: file.format,
    encoding: file.encoding,
    rowCount: plan.rows.length,
    columns: file.table.columns,
    mapping,
    // Notes and the internal links stay here: the preview shows whether a row has notes, not what they say.
    rows: plan.rows.map(({ notes: _notes, managerRef: _managerRef, ...row }) => row),
    duplicates: plan.duplicates,
  };
}
