import { z } from 'zod';
import { PERSON_LAYERS, ROLES, STANCES } from '../../domain/enums';
import { Id, Influence, line, PersonLayer, Role, Stance } from '../entities';
import { PersonValues } from './people';
import { TagName } from './tags';
import { MAX_BATCH, read, write } from './common';

/** The file types an import reads; `xlsx` is Excel's own format, `csv` covers TSV and semicolons too. */
export const IMPORT_FORMATS = ['csv', 'xlsx', 'vcard'] as const;
export const ImportFormat = z.enum(IMPORT_FORMATS);

/** Where a file's columns were recognised from; `plain` is any sheet with headers a person wrote. */
export const IMPORT_PRESETS = [
  'salesforce_report',
  'salesforce_export',
  'hubspot',
  'dynamics365',
  'linkedin',
  'google',
  'google_legacy',
  'outlook',
  'vcard',
  'plain',
] as const;
export const ImportPreset = z.enum(IMPORT_PRESETS);
export type ImportPreset = z.infer<typeof ImportPreset>;

/**
 * What a column can become. A name is one column or given + family; the manager column names the
 * person each row reports to by the file's own id, their name or their email.
 */
export const IMPORT_FIELDS = [
  'name',
  'givenName',
  'familyName',
  'title',
  'department',
  'email',
  'phone',
  'mobile',
  'recordId',
  'manager',
  'role',
  'influence',
  'stance',
  'layer',
  'tags',
  'notes',
] as const;
export const ImportField = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof ImportField>;

const ColumnName = line(500);
/** A value as the file writes it ("Decision Maker", "决策者"), matched without case. */
const FileValue = line(200);
const MAX_VALUES = 500;

/** The columns each field is read from, and how the file's words for role, stance, layer, influence read. */
export const ImportMapping = z
  .object({
    preset: ImportPreset,
    fields: z.partialRecord(ImportField, ColumnName),
    values: z
      .object({
        role: z.record(FileValue, Role),
        stance: z.record(FileValue, Stance),
        layer: z.record(FileValue, PersonLayer),
        influence: z.record(FileValue, Influence),
      })
      .partial()
      .strict()
      .default({}),
  })
  .strict()
  .refine((mapping) => Object.values(mapping.values).every((table) => Object.keys(table ?? {}).length <= MAX_VALUES), {
    message: `At most ${MAX_VALUES} values per field`,
  });
export type ImportMapping = z.infer<typeof ImportMapping>;

/**
 * Base64 of the file's bytes; about 8 MB of file at most, what a transport carries in one call.
 * An empty or garbled one is told as a file that cannot be read, like any other broken file.
 */
const DataBase64 = line(11_200_000);

/** The file's name as the user chose it (shown back, never opened: the bytes come with the call). */
const FileName = line(260);

const ImportInput = z.object({
  accountId: Id,
  fileName: FileName,
  dataBase64: DataBase64,
  mapping: ImportMapping.optional(),
});

/** What a row of the file would be wrong about, by field; the UI words each one. */
export const IMPORT_ROW_PROBLEMS = [
  'no_name',
  'unknown_value',
  'manager_not_found',
  'manager_is_self',
  'reporting_loop',
  'cut_short',
  'invalid_email',
  'same_as_row',
] as const;
export const ImportRowProblem = z.object({
  field: ImportField,
  problem: z.enum(IMPORT_ROW_PROBLEMS),
  /** The file's own value the problem is about. */
  value: z.string().optional(),
});
export type ImportRowProblem = z.infer<typeof ImportRowProblem>;

/** One row as it would be imported. Notes are not shown back (they are private by default). */
export const ImportRow = z.object({
  /** The row's place among the data rows, from 0 (what onDuplicate names). */
  row: z.int().nonnegative(),
  name: z.string(),
  title: z.string(),
  department: z.string(),
  email: z.string(),
  phone: z.string(),
  mobile: z.string(),
  manager: z.string(),
  role: z.enum(ROLES).nullable(),
  influence: z.int().nullable(),
  stance: z.enum(STANCES).nullable(),
  layer: z.enum(PERSON_LAYERS).nullable(),
  tags: z.array(z.string()),
  hasNotes: z.boolean(),
  problems: z.array(ImportRowProblem),
});
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportDuplicate = z.object({
  row: z.int().nonnegative(),
  personId: Id,
  name: z.string(),
  title: z.string(),
  match: z.enum(['email', 'name_title']),
});
export type ImportDuplicate = z.infer<typeof ImportDuplicate>;

export const DUPLICATE_ACTIONS = ['skip', 'update', 'add'] as const;
export const DuplicateAction = z.enum(DUPLICATE_ACTIONS);
export type DuplicateAction = z.infer<typeof DuplicateAction>;

/** One choice for every duplicate, or a default with choices for single rows. */
export const OnDuplicate = z.union([
  DuplicateAction,
  z
    .object({
      all: DuplicateAction.default('skip'),
      rows: z
        .array(z.object({ row: z.int().nonnegative(), action: DuplicateAction }).strict())
        .max(MAX_BATCH)
        .default([]),
    })
    .strict(),
]);
export type OnDuplicate = z.infer<typeof OnDuplicate>;

export const ImportPreview = z.object({
  format: ImportFormat,
  encoding: z.string(),
  rowCount: z.int().nonnegative(),
  columns: z.array(z.string()),
  mapping: ImportMapping,
  rows: z.array(ImportRow),
  duplicates: z.array(ImportDuplicate),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** What an import wrote, so that undo can take exactly that back. */
export const ImportUndo = z.object({
  peopleIds: z.array(Id).max(MAX_BATCH),
  orgUnitIds: z.array(Id).max(MAX_BATCH),
  relationIds: z.array(Id).max(MAX_BATCH * 2),
  before: z.array(PersonValues).max(MAX_BATCH),
  /** The tag names each updated person had before. */
  tagsBefore: z.array(z.object({ personId: Id, names: z.array(TagName).max(50) }).strict()).max(MAX_BATCH),
});
export type ImportUndo = z.infer<typeof ImportUndo>;

/** Mappings remembered per preset, so a file of the same kind opens with the columns set last time. */
export const ImportPresetSettings = z.partialRecord(ImportPreset, ImportMapping);
export type ImportPresetSettings = z.infer<typeof ImportPresetSettings>;

export const importsMethods = {
  /** Reads the file and says what importing it would do; writes nothing. */
  'imports.preview': read(ImportInput.strict(), ImportPreview, ['accounts', 'people', 'settings']),
  /**
   * Imports the file in one transaction, after a backup: new people (placed on `mapId` in an
   * org-chart layout), departments as org units, reporting lines; duplicates as `onDuplicate` says.
   */
  'imports.commit': write(
    ImportInput.extend({ onDuplicate: OnDuplicate.optional(), mapId: Id.optional() }).strict(),
    z.object({
      created: z.int().nonnegative(),
      updated: z.int().nonnegative(),
      skipped: z.int().nonnegative(),
      undo: ImportUndo,
    }),
    [
      'backup_files',
      'map_items',
      'org_units',
      'people',
      'person_tags',
      'relations',
      'search_docs',
      'search_paused',
      'tags',
    ],
  ),
  /** Takes an import back (its undo): removes what it created and gives updated people their values back. */
  'imports.revert': write(ImportUndo.extend({ accountId: Id }).strict(), z.object({ ok: z.literal(true) }), [
    'map_items',
    'org_units',
    'people',
    'person_tags',
    'relations',
    'search_docs',
    'tags',
  ]),
  /** The mappings remembered for next time. */
  'imports.presets': read(z.object({}).strict(), ImportPresetSettings, ['settings']),
  /** Remembers a mapping for files of its preset. */
  'imports.savePreset': write(z.object({ mapping: ImportMapping }).strict(), ImportPresetSettings, ['settings']),
} as const;
