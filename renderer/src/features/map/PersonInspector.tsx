import { useEffect } from 'react';
import { Button, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/api/entities';
import {
  ACCESS_MAX,
  ACCESS_MIN,
  INFLUENCE_MAX,
  INFLUENCE_MIN,
  PERSON_LAYERS,
  PROGRESS_STEPS,
  ROLES,
  STANCES,
} from '../../../../shared/domain/enums';
import { notifyWithUndo } from '../../app/notify';
import { useUndo } from '../../undo/UndoContext';
import { CommitTextInput } from './CommitTextInput';
import type { MapCommands } from './useMapCommands';

interface Props {
  person: Person;
  commands: MapCommands;
  focusName: boolean;
  onFocused(): void;
  onDeleted(): void;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

export function PersonInspector({ person, commands, focusName, onFocused, onDeleted }: Props) {
  const { t } = useTranslation();
  const undo = useUndo();
  useEffect(() => {
    if (focusName) onFocused();
  }, [focusName, onFocused]);

  const enumOptions = (group: string, codes: readonly string[]) =>
    codes.map((code) => ({ value: code, label: t(`enums.${group}.${code}`) }));

  return (
    <Stack gap="sm" data-testid="person-inspector">
      <CommitTextInput
        label={t('inspector.name')}
        value={person.name}
        autoFocus={focusName}
        autoSelect={focusName}
        validate={(value) => (value.length === 0 ? t('inspector.nameRequired') : null)}
        onCommit={(name) => void commands.updatePerson(person, { name })}
        maxLength={200}
      />
      <CommitTextInput
        label={t('inspector.jobTitle')}
        value={person.title}
        onCommit={(title) => void commands.updatePerson(person, { title })}
        maxLength={500}
      />
      <Select
        label={t('inspector.role')}
        data={enumOptions('role', ROLES)}
        value={person.role}
        allowDeselect={false}
        onChange={(role) => role && void commands.updatePerson(person, { role: role as Person['role'] })}
      />
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('inspector.influence')}
        </Text>
        <SegmentedControl
          fullWidth
          data={range(INFLUENCE_MIN, INFLUENCE_MAX)}
          value={String(person.influence)}
          onChange={(value) => void commands.updatePerson(person, { influence: Number(value) })}
          aria-label={t('inspector.influence')}
        />
      </div>
      <Select
        label={t('inspector.stance')}
        data={enumOptions('stance', STANCES)}
        value={person.stance}
        allowDeselect={false}
        onChange={(stance) => stance && void commands.updatePerson(person, { stance: stance as Person['stance'] })}
      />
      <Select
        label={t('inspector.access')}
        data={range(ACCESS_MIN, ACCESS_MAX).map((value) => ({
          value,
          label: `${value} · ${t(`enums.access.${value}`)}`,
        }))}
        value={String(person.access)}
        allowDeselect={false}
        onChange={(access) => access && void commands.updatePerson(person, { access: Number(access) })}
      />
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('inspector.progress')}
        </Text>
        <SegmentedControl
          fullWidth
          size="xs"
          data={enumOptions('progress', PROGRESS_STEPS)}
          value={person.progress}
          onChange={(progress) => void commands.updatePerson(person, { progress: progress as Person['progress'] })}
        />
      </div>
      <Select
        label={t('inspector.layer')}
        data={enumOptions('layer', PERSON_LAYERS)}
        value={person.layer}
        allowDeselect={false}
        onChange={(layer) => layer && void commands.updatePerson(person, { layer: layer as Person['layer'] })}
      />
      <Button
        color="red"
        variant="light"
        mt="md"
        onClick={async () => {
          if (await commands.deletePeople([person.id])) {
            onDeleted();
            notifyWithUndo(t('map.personDeleted', { name: person.name }), () => void undo.undo());
          }
        }}
      >
        {t('inspector.deletePerson')}
      </Button>
    </Stack>
  );
}
