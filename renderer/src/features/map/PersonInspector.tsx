import { useEffect } from 'react';
import { Alert, Button, SegmentedControl, Select, Stack, TagsInput, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonPatch } from '../../../../shared/api/contract';
import type { MapView, Person } from '../../../../shared/api/entities';
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
import { TEXT_LIMITS } from '../../../../shared/api/text';
import { useApi } from '../../api/client';
import { AssessedField } from './AssessedField';
import { useOpenPerson } from '../people/personPageContext';
import { usePersonFieldProblem } from '../people/usePersonFieldProblem';
import { CommitTextInput } from './CommitTextInput';
import { useDeleteWithNotice } from './useDeleteWithNotice';
import type { AssessmentPatch, MapCommands } from './useMapCommands';

interface Props {
  person: Person;
  view: MapView;
  commands: MapCommands;
  focusName: boolean;
  onFocused(): void;
  onDeleted(): void;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

export function PersonInspector({ person, view, commands, focusName, onFocused, onDeleted }: Props) {
  const { t } = useTranslation();
  const deleteWithNotice = useDeleteWithNotice(commands);
  const openPerson = useOpenPerson();
  const fieldProblem = usePersonFieldProblem(person);
  useEffect(() => {
    if (focusName) onFocused();
  }, [focusName, onFocused]);

  const enumOptions = (group: string, codes: readonly string[]) =>
    codes.map((code) => ({ value: code, label: t(`enums.${group}.${code}`) }));
  const deal = view.opportunity;
  const override = view.overrides.find((o) => o.personId === person.id);
  const item = view.items.find((i) => i.personId === person.id);
  const allTags = useApi('tags.list', {});
  const tagNames = view.personTags
    .filter((pair) => pair.personId === person.id)
    .flatMap((pair) => view.tags.filter((tag) => tag.id === pair.tagId).map((tag) => tag.name));
  // On a deal's map, role, influence and stance are judged for that deal (docs/method.md, "Per-deal assessment").
  const assess = (patch: AssessmentPatch) => {
    if (deal) return void commands.assess(deal.id, person, patch);
    // Off a deal's map there is nothing to reset, so no field is ever null here.
    void commands.updatePerson(
      person,
      Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== null)) as PersonPatch,
    );
  };
  const field = (name: keyof AssessmentPatch, label: string, control: React.ReactNode) => (
    <AssessedField
      label={label}
      overridden={Boolean(deal && override?.[name] != null)}
      onReset={() => assess({ [name]: null })}
    >
      {control}
    </AssessedField>
  );

  return (
    <Stack gap="sm" data-testid="person-inspector">
      <Button variant="light" size="xs" onClick={() => openPerson(person.id)} data-testid="open-person-page">
        {t('people.open')}
      </Button>
      {person.isPlaceholder && (
        <Alert variant="light" p="xs">
          <Text size="xs">{t('inspector.placeholderNotice')}</Text>
        </Alert>
      )}
      <CommitTextInput
        label={t('inspector.name')}
        value={person.name}
        autoFocus={focusName}
        autoSelect={focusName}
        validate={(name) => fieldProblem('name', name)}
        onCommit={(name) =>
          void commands.updatePerson(person, person.isPlaceholder && name ? { name, isPlaceholder: false } : { name })
        }
        maxLength={TEXT_LIMITS.name}
      />
      <CommitTextInput
        label={t('inspector.jobTitle')}
        value={person.title}
        validate={(title) => fieldProblem('title', title)}
        onCommit={(title) => void commands.updatePerson(person, { title })}
        maxLength={TEXT_LIMITS.jobTitle}
      />
      <TagsInput
        maxLength={TEXT_LIMITS.tag}
        label={t('inspector.tags')}
        placeholder={t('inspector.tagsPlaceholder')}
        data={(allTags.data ?? []).map((tag) => tag.name)}
        value={tagNames}
        onChange={(names) => void commands.setTags(person.id, names)}
        clearable
        data-testid="person-tags"
      />
      <Select
        label={t('inspector.orgUnit')}
        data={[
          { value: '', label: t('inspector.noOrgUnit') },
          ...view.orgUnits.map((unit) => ({ value: unit.id, label: unit.name })),
        ]}
        value={person.orgUnitId ?? ''}
        allowDeselect={false}
        onChange={(unit) => void commands.updatePerson(person, { orgUnitId: unit || null })}
      />
      {field(
        'role',
        t('inspector.role'),
        <Select
          aria-label={t('inspector.role')}
          data={enumOptions('role', ROLES)}
          value={person.role}
          allowDeselect={false}
          onChange={(role) => role && assess({ role: role as Person['role'] })}
        />,
      )}
      {field(
        'influence',
        t('inspector.influence'),
        <SegmentedControl
          fullWidth
          data={range(INFLUENCE_MIN, INFLUENCE_MAX)}
          value={String(person.influence)}
          onChange={(value) => assess({ influence: Number(value) })}
          aria-label={t('inspector.influence')}
        />,
      )}
      {field(
        'stance',
        t('inspector.stance'),
        <Select
          aria-label={t('inspector.stance')}
          data={enumOptions('stance', STANCES)}
          value={person.stance}
          allowDeselect={false}
          onChange={(stance) => stance && assess({ stance: stance as Person['stance'] })}
        />,
      )}
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
      {item && (
        <Tooltip label={t('inspector.removeFromMapHint')} multiline w={260}>
          <Button variant="default" mt="md" onClick={async () => (await commands.removeFromMap([item])) && onDeleted()}>
            {t('inspector.removeFromMap')}
          </Button>
        </Tooltip>
      )}
      <Button
        color="red"
        variant="light"
        onClick={async () => {
          if (await deleteWithNotice({ personIds: [person.id] })) onDeleted();
        }}
      >
        {t('inspector.deletePerson')}
      </Button>
    </Stack>
  );
}
