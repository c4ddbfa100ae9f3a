import { Checkbox, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './ImportWizard.module.css';
import type { ImportField, ImportMapping, ImportPreview } from '../../../../shared/api/methods/imports';
import { IMPORT_FIELDS } from '../../../../shared/api/methods/imports';
import { INFLUENCE_MAX, INFLUENCE_MIN, PERSON_LAYERS, ROLES, STANCES } from '../../../../shared/domain/enums';

interface Props {
  preview: ImportPreview;
  mapping: ImportMapping;
  onChange(mapping: ImportMapping): void;
  remember: boolean;
  onRememberChange(remember: boolean): void;
}

type ValueField = 'role' | 'stance' | 'layer' | 'influence';
const VALUE_FIELDS: ValueField[] = ['role', 'stance', 'layer', 'influence'];
const NONE = '';

/** The second step: the preset found, which column each field comes from, and the file's words for codes. */
export function MappingStep({ preview, mapping, onChange, remember, onRememberChange }: Props) {
  const { t } = useTranslation();
  const columns = [
    { value: NONE, label: t('imports.mapping.notImported') },
    ...preview.columns.map((c) => ({ value: c, label: c })),
  ];
  const setField = (field: ImportField, column: string | null) => {
    const fields = { ...mapping.fields };
    if (column) fields[field] = column;
    else delete fields[field];
    onChange({ ...mapping, fields });
  };
  const codes = (field: ValueField) =>
    field === 'influence'
      ? Array.from({ length: INFLUENCE_MAX - INFLUENCE_MIN + 1 }, (_, i) => ({
          value: String(i + INFLUENCE_MIN),
          label: String(i + INFLUENCE_MIN),
        }))
      : (field === 'role' ? ROLES : field === 'stance' ? STANCES : PERSON_LAYERS).map((code) => ({
          value: code,
          label: t(`enums.${field}.${code}`),
        }));
  // Words the file uses that Powermap did not know, and those the mapping already gives a code.
  const words = VALUE_FIELDS.flatMap((field) => {
    const unknown = preview.rows.flatMap((row) =>
      row.problems.filter((p) => p.field === field && p.problem === 'unknown_value' && p.value).map((p) => p.value!),
    );
    const own = Object.keys(mapping.values[field] ?? {});
    return [...new Set([...own, ...unknown])].slice(0, 50).map((word) => ({ field, word }));
  });
  const setWord = (field: ValueField, word: string, code: string | null) => {
    const table: Record<string, string | number> = { ...(mapping.values[field] ?? {}) };
    if (code) table[word] = field === 'influence' ? Number(code) : code;
    else delete table[word];
    onChange({ ...mapping, values: { ...mapping.values, [field]: table } } as ImportMapping);
  };
  const presetName = t(`imports.presets.${mapping.preset}`);
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('imports.mapping.recognised')}
          {t('common.colon')}
          <span data-testid="import-preset">{presetName}</span>
        </Text>
        <Text size="sm" className={classes.muted}>
          {t('imports.mapping.summary', { count: preview.rowCount, encoding: preview.encoding })}
        </Text>
      </Group>
      <Text size="xs" className={classes.muted}>
        {t('imports.mapping.nameHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6}>
        {IMPORT_FIELDS.map((field) => (
          <Select
            key={field}
            size="xs"
            label={t(`imports.fields.${field}`)}
            data={columns}
            value={mapping.fields[field] ?? NONE}
            onChange={(column) => setField(field, column || null)}
            allowDeselect={false}
            searchable
            comboboxProps={{ withinPortal: true }}
            data-testid={`import-field-${field}`}
          />
        ))}
      </SimpleGrid>
      {words.length > 0 && (
        <Stack gap={4}>
          <Title order={5}>{t('imports.mapping.values')}</Title>
          <Text size="xs" className={classes.muted}>
            {t('imports.mapping.valuesHint')}
          </Text>
          <Table withTableBorder striped>
            <Table.Tbody>
              {words.map(({ field, word }) => {
                const code = mapping.values[field]?.[word];
                return (
                  <Table.Tr key={`${field}:${word}`}>
                    <Table.Td>{t(`imports.fields.${field}`)}</Table.Td>
                    <Table.Td>{word}</Table.Td>
                    <Table.Td>
                      <Select
                        size="xs"
                        aria-label={`${t(`imports.fields.${field}`)}: ${word}`}
                        placeholder={t('imports.mapping.unknownWord')}
                        data={codes(field)}
                        value={code === undefined ? null : String(code)}
                        onChange={(next) => setWord(field, word, next)}
                        clearable
                        comboboxProps={{ withinPortal: true }}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      <Checkbox
        size="sm"
        checked={remember}
        onChange={(event) => onRememberChange(event.currentTarget.checked)}
        label={t('imports.mapping.remember', { preset: presetName })}
      />
    </Stack>
  );
}
