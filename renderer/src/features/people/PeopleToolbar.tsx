import { useRef, useState, type ReactNode } from 'react';
import { Button, Checkbox, Group, Menu, MultiSelect, Popover, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconColumns, IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PERSON_LAYERS, ROLES, STANCES } from '../../../../shared/domain/enums';
import { EMPTY_FILTER, isFiltering, type PeopleFilter } from '../../../../shared/domain/peopleTable';
import type { PeopleLookups } from './usePeopleData';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import { openImport } from '../imports/importStore';
import { useAction } from '../../actions/useAction';
import { useScreenHeading } from '../../app/useScreenHeading';

interface Props {
  filter: PeopleFilter;
  onFilterChange(filter: PeopleFilter): void;
  lookups: PeopleLookups;
  columns: { id: string; visible: boolean; toggle(): void }[];
  shown: number;
  onAddPerson(name: string): void;
  /** Ways the table leaves the app (Excel, vCards), beside the column menu. */
  exportMenu?: ReactNode;
}

/** Search, filters, the column menu and "Add person", above the people table. */
export function PeopleToolbar({ filter, onFilterChange, lookups, columns, shown, onAddPerson, exportMenu }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<PeopleFilter>) => onFilterChange({ ...filter, ...patch });
  const search = useRef<HTMLInputElement>(null);
  const heading = useScreenHeading();
  useAction('map.find', () => search.current?.focus());
  const options = (group: string, codes: readonly string[]) =>
    codes.map((code) => ({ value: code, label: t(`enums.${group}.${code}`) }));
  const multi = (
    label: string,
    data: { value: string; label: string }[],
    value: readonly string[],
    key: keyof PeopleFilter,
  ) => (
    <MultiSelect
      size="xs"
      w={124}
      placeholder={label}
      aria-label={label}
      data={data}
      value={[...value]}
      onChange={(next) => set({ [key]: next })}
      clearable
      searchable
      data-testid={`filter-${key}`}
      styles={{ pill: { maxWidth: 90 } }}
    />
  );
  return (
    <Group gap="xs" p="sm" wrap="wrap" align="center">
      <Title order={2} size="h4" mr="xs" ref={heading}>
        {t('sections.people')}
      </Title>
      <TextInput
        ref={search}
        size="xs"
        w={200}
        leftSection={<IconSearch size={14} />}
        placeholder={t('people.table.searchPlaceholder')}
        aria-label={t('people.table.search')}
        value={filter.text}
        onChange={(event) => set({ text: event.currentTarget.value })}
        onKeyDown={(event) => event.key === 'Escape' && set({ text: '' })}
        data-testid="people-search"
      />
      {multi(t('people.table.filterRole'), options('role', ROLES), filter.roles, 'roles')}
      {multi(t('people.table.filterStance'), options('stanceShort', STANCES), filter.stances, 'stances')}
      {multi(t('people.table.filterLayer'), options('layerShort', PERSON_LAYERS), filter.layers, 'layers')}
      {multi(
        t('people.table.filterOrgUnit'),
        [
          { value: '', label: t('people.table.noUnit') },
          ...lookups.orgUnits.map((unit) => ({ value: unit.id, label: unit.name })),
        ],
        filter.orgUnitIds,
        'orgUnitIds',
      )}
      {multi(
        t('people.table.filterTag'),
        lookups.allTags.map((tag) => ({ value: tag, label: tag })),
        filter.tags,
        'tags',
      )}
      {isFiltering(filter) && (
        <Button size="xs" variant="subtle" onClick={() => onFilterChange(EMPTY_FILTER)}>
          {t('people.table.clearFilters')}
        </Button>
      )}
      <Text size="xs" c="dimmed" data-testid="people-count">
        {t('people.table.count', { shown, count: lookups.people.length })}
      </Text>
      <Group gap="xs" ml="auto">
        {exportMenu}
        <Menu closeOnItemClick={false} position="bottom-end">
          <Menu.Target>
            <Button size="xs" variant="default" leftSection={<IconColumns size={14} />} data-testid="columns-menu">
              {t('people.table.columnsMenu')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {columns.map((column) => (
              <Menu.Item key={column.id} onClick={column.toggle}>
                <Checkbox
                  size="xs"
                  readOnly
                  checked={column.visible}
                  label={t(`people.columns.${column.id}`)}
                  styles={{ input: { cursor: 'pointer' }, label: { cursor: 'pointer' } }}
                />
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFileImport size={14} />}
          onClick={() => openImport()}
          data-testid="people-import"
        >
          {t('imports.button')}
        </Button>
        <AddPersonButton onAdd={onAddPerson} />
      </Group>
    </Group>
  );
}

export function AddPersonButton({ onAdd }: { onAdd(name: string): void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');
  const submit = () => {
    if (!name.trim()) return;
    onAdd(name.trim());
    setName('');
    setOpened(false);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" trapFocus returnFocus withArrow>
      <Popover.Target>
        <Button
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => setOpened((o) => !o)}
          data-testid="people-add"
        >
          {t('people.table.addPerson')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={4}>
          <TextInput
            size="xs"
            w={240}
            label={t('people.table.addPersonName')}
            value={name}
            maxLength={TEXT_LIMITS.name}
            onChange={(event) => setName(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') submit();
              if (event.key === 'Escape') setOpened(false);
            }}
            data-testid="people-add-name"
          />
          <Text size="xs" c="dimmed">
            {t('people.table.addPersonHint')}
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
