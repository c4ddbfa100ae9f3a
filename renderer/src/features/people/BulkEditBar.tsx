import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  TagsInput,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BulkPersonPatch } from '../../../../shared/api/methods/people';
import { PERSON_LAYERS, ROLES, STANCES } from '../../../../shared/domain/enums';
import type { PeopleCommands } from './usePeopleCommands';
import type { PeopleLookups } from './usePeopleData';
import { TEXT_LIMITS } from '../../../../shared/api/text';

interface Props {
  selectedIds: string[];
  lookups: PeopleLookups;
  commands: PeopleCommands;
  onClear(): void;
}

/** Changes every selected person at once; each change is one undo step. */
export function BulkEditBar({ selectedIds, lookups, commands, onClear }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [addTags, setAddTags] = useState<string[]>([]);
  const [removeTags, setRemoveTags] = useState<string[]>([]);
  const options = (group: string, codes: readonly string[]) =>
    codes.map((code) => ({ value: code, label: t(`enums.${group}.${code}`) }));
  const apply = async (patch: BulkPersonPatch) => {
    if (await commands.updateMany(selectedIds, patch, reason.trim() || undefined)) setReason('');
  };
  const tagsOfSelected = [...new Set(selectedIds.flatMap((id) => lookups.tagsOf.get(id) ?? []))].sort();
  const picker = (
    label: string,
    data: { value: string; label: string }[],
    onPick: (value: string) => void,
    testId: string,
  ) => (
    <Select
      size="xs"
      w={150}
      placeholder={label}
      aria-label={label}
      data={data}
      value={null}
      onChange={(value) => value !== null && onPick(value)}
      data-testid={testId}
    />
  );
  return (
    <Paper withBorder shadow="sm" p="xs" mx="sm" mb="xs" bg="blue.0" data-testid="bulk-bar">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600} data-testid="bulk-count">
          {t('people.bulk.selected', { count: selectedIds.length })}
        </Text>
        {picker(
          t('people.bulk.role'),
          options('role', ROLES),
          (role) => void apply({ role: role as (typeof ROLES)[number] }),
          'bulk-role',
        )}
        {picker(
          t('people.bulk.stance'),
          options('stanceShort', STANCES),
          (stance) => void apply({ stance: stance as (typeof STANCES)[number] }),
          'bulk-stance',
        )}
        {picker(
          t('people.bulk.layer'),
          options('layerShort', PERSON_LAYERS),
          (layer) => void apply({ layer: layer as (typeof PERSON_LAYERS)[number] }),
          'bulk-layer',
        )}
        {picker(
          t('people.bulk.orgUnit'),
          [
            { value: '', label: t('people.table.noUnit') },
            ...lookups.orgUnits.map((unit) => ({ value: unit.id, label: unit.name })),
          ],
          (unit) => void apply({ orgUnitId: unit || null }),
          'bulk-orgUnit',
        )}
        <TextInput
          size="xs"
          w={200}
          placeholder={t('people.bulk.reasonPlaceholder')}
          aria-label={t('people.bulk.reason')}
          value={reason}
          maxLength={TEXT_LIMITS.reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group gap={4} wrap="nowrap">
          <TagsInput
            maxLength={TEXT_LIMITS.tag}
            size="xs"
            w={170}
            placeholder={t('people.bulk.addTags')}
            aria-label={t('people.bulk.addTags')}
            data={lookups.allTags}
            value={addTags}
            onChange={setAddTags}
            data-testid="bulk-add-tags"
          />
          <MultiSelect
            size="xs"
            w={170}
            placeholder={t('people.bulk.removeTags')}
            aria-label={t('people.bulk.removeTags')}
            data={tagsOfSelected}
            value={removeTags}
            onChange={setRemoveTags}
            data-testid="bulk-remove-tags"
          />
          <Button
            size="xs"
            disabled={addTags.length + removeTags.length === 0}
            onClick={async () => {
              if (await commands.changeTags(selectedIds, addTags, removeTags)) {
                setAddTags([]);
                setRemoveTags([]);
              }
            }}
            data-testid="bulk-apply-tags"
          >
            {t('people.bulk.apply')}
          </Button>
        </Group>
        <Tooltip label={t('people.bulk.clear')}>
          <ActionIcon variant="subtle" ml="auto" onClick={onClear} aria-label={t('people.bulk.clear')}>
            <IconX size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}
