import { Button, MultiSelect, Popover, Stack } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PERSON_LAYERS, ROLES, STANCES } from '../../../../shared/domain/enums';
import { filterCount, NO_FILTER, type MapFilter } from './mapFilter';

interface Props {
  filter: MapFilter;
  orgUnits: { id: string; name: string }[];
  tags: { id: string; name: string }[];
  onChange(filter: MapFilter): void;
}

export function FilterMenu({ filter, orgUnits, tags, onChange }: Props) {
  const { t } = useTranslation();
  const count = filterCount(filter);
  const options = (group: string, codes: readonly string[]) =>
    codes.map((code) => ({ value: code, label: t(`enums.${group}.${code}`) }));
  return (
    <Popover position="bottom-start" shadow="md" width={280} trapFocus returnFocus>
      <Popover.Target>
        <Button
          size="xs"
          // A focus fades the map too, but it has its own bar: the button counts only its filters.
          variant={count > 0 ? 'filled' : 'default'}
          leftSection={<IconFilter size={14} />}
          data-testid="filter-button"
        >
          {count > 0 ? t('filter.active', { count }) : t('filter.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid="filter-menu">
        <Stack gap="xs">
          <MultiSelect
            size="xs"
            label={t('filter.roles')}
            data={options('role', ROLES)}
            value={filter.roles}
            onChange={(roles) => onChange({ ...filter, roles: roles as MapFilter['roles'] })}
            comboboxProps={{ withinPortal: false }}
          />
          <MultiSelect
            size="xs"
            label={t('filter.stances')}
            data={options('stance', STANCES)}
            value={filter.stances}
            onChange={(stances) => onChange({ ...filter, stances: stances as MapFilter['stances'] })}
            comboboxProps={{ withinPortal: false }}
          />
          <MultiSelect
            size="xs"
            label={t('filter.layers')}
            data={options('layer', PERSON_LAYERS)}
            value={filter.layers}
            onChange={(layers) => onChange({ ...filter, layers: layers as MapFilter['layers'] })}
            comboboxProps={{ withinPortal: false }}
          />
          {orgUnits.length > 0 && (
            <MultiSelect
              size="xs"
              label={t('filter.orgUnits')}
              data={orgUnits.map((unit) => ({ value: unit.id, label: unit.name }))}
              value={filter.orgUnitIds}
              onChange={(orgUnitIds) => onChange({ ...filter, orgUnitIds })}
              comboboxProps={{ withinPortal: false }}
            />
          )}
          {tags.length > 0 && (
            <MultiSelect
              size="xs"
              label={t('filter.tags')}
              data={tags.map((tag) => ({ value: tag.id, label: tag.name }))}
              value={filter.tagIds}
              onChange={(tagIds) => onChange({ ...filter, tagIds })}
              comboboxProps={{ withinPortal: false }}
            />
          )}
          <Button size="xs" variant="subtle" disabled={count === 0} onClick={() => onChange(NO_FILTER)}>
            {t('filter.clear')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
