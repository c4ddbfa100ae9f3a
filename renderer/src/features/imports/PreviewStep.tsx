import { Checkbox, Group, List, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './ImportWizard.module.css';
import type { DuplicateAction, ImportPreview, ImportRow } from '../../../../shared/api/methods/imports';
import { DUPLICATE_ACTIONS } from '../../../../shared/api/methods/imports';

const SHOWN_ROWS = 200;

export interface DuplicateChoices {
  all: DuplicateAction;
  rows: Record<number, DuplicateAction>;
}

interface Props {
  preview: ImportPreview;
  choices: DuplicateChoices;
  onChoicesChange(choices: DuplicateChoices): void;
  mapName: string | null;
  placeOnMap: boolean;
  onPlaceOnMapChange(place: boolean): void;
}

/** The third step: every row as it will be imported with its problems, and what to do with duplicates. */
export function PreviewStep({ preview, choices, onChoicesChange, mapName, placeOnMap, onPlaceOnMapChange }: Props) {
  const { t } = useTranslation();
  const actions = DUPLICATE_ACTIONS.map((action) => ({ value: action, label: t(`imports.preview.actions.${action}`) }));
  const duplicateRows = new Set(preview.duplicates.map((d) => d.row));
  const unnamed = preview.rows.filter((row) => !row.name).length;
  const problemText = (row: ImportRow) =>
    row.problems.map((p) =>
      t(`imports.rowProblems.${p.problem}`, { field: t(`imports.fields.${p.field}`), value: p.value ?? '' }),
    );
  const hasNotes = preview.rows.some((row) => row.hasNotes);
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="import-counts">
        {t('imports.preview.counts', {
          create: preview.rows.length - duplicateRows.size - unnamed,
          duplicates: duplicateRows.size,
          skipped: unnamed,
        })}
      </Text>
      {preview.duplicates.length > 0 && (
        <Stack gap={6}>
          <Title order={5}>{t('imports.preview.duplicates')}</Title>
          <Select
            size="xs"
            w={260}
            label={t('imports.preview.forAll')}
            data={actions}
            value={choices.all}
            onChange={(all) => all && onChoicesChange({ all: all as DuplicateAction, rows: {} })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="import-duplicates-all"
          />
          <Table withTableBorder striped aria-label={t('imports.preview.duplicates')}>
            <Table.Tbody>
              {preview.duplicates.slice(0, SHOWN_ROWS).map((duplicate) => (
                <Table.Tr key={duplicate.row}>
                  <Table.Td>
                    {t('imports.preview.row')} {duplicate.row + 1}
                  </Table.Td>
                  <Table.Td>
                    {t('imports.preview.duplicateOf', {
                      name: duplicate.name,
                      title: duplicate.title || '—',
                      match: t(`imports.preview.match.${duplicate.match}`),
                    })}
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={`${t('imports.preview.forRow')} ${duplicate.row + 1}: ${duplicate.name}`}
                      data={actions}
                      value={choices.rows[duplicate.row] ?? choices.all}
                      onChange={(action) =>
                        action &&
                        onChoicesChange({
                          ...choices,
                          rows: { ...choices.rows, [duplicate.row]: action as DuplicateAction },
                        })
                      }
                      allowDeselect={false}
                      comboboxProps={{ withinPortal: true }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      <Title order={5}>{t('imports.preview.table')}</Title>
      <Table.ScrollContainer minWidth={720} mah={320} type="native">
        <Table
          withTableBorder
          striped
          stickyHeader
          aria-label={t('imports.preview.table')}
          data-testid="import-preview-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.preview.row')}</Table.Th>
              {(['name', 'title', 'department', 'email', 'manager'] as const).map((field) => (
                <Table.Th key={field}>{t(`imports.fields.${field}`)}</Table.Th>
              ))}
              <Table.Th>{t('imports.preview.problems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.slice(0, SHOWN_ROWS).map((row) => (
              <Table.Tr key={row.row}>
                <Table.Td>{row.row + 1}</Table.Td>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td>{row.title}</Table.Td>
                <Table.Td>{row.department}</Table.Td>
                <Table.Td>{row.email}</Table.Td>
                <Table.Td>{row.manager}</Table.Td>
                <Table.Td>
                  {row.problems.length === 0 ? (
                    <Text size="xs" className={classes.muted}>
                      {t('imports.preview.none')}
                    </Text>
                  ) : (
                    <List size="xs" spacing={0}>
                      {problemText(row).map((text) => (
                        <List.Item key={text}>{text}</List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {preview.rows.length > SHOWN_ROWS && (
        <Text size="xs" className={classes.muted}>
          {t('imports.preview.shown', { shown: SHOWN_ROWS, total: preview.rows.length })}
        </Text>
      )}
      <Group gap="md">
        {mapName !== null && (
          <Checkbox
            checked={placeOnMap}
            onChange={(event) => onPlaceOnMapChange(event.currentTarget.checked)}
            label={t('imports.preview.placeOn', { map: mapName })}
          />
        )}
      </Group>
      {hasNotes && (
        <Text size="xs" className={classes.muted}>
          {t('imports.preview.notesPrivate')}
        </Text>
      )}
    </Stack>
  );
}
