import type { ReactNode } from 'react';
import {
  Alert,
  Center,
  Checkbox,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCalendarWords } from '../../app/calendarLanguage';
import type { PersonPatch } from '../../../../shared/api/contract';
import type { Person } from '../../../../shared/api/entities';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import { FIRST_DATE } from '../../../../shared/domain/calendarDate';
import { PERSON_LAYERS } from '../../../../shared/domain/enums';
import { useApi } from '../../api/client';
import { CommitTextInput } from '../map/CommitTextInput';
import { AssessmentSection } from './AssessmentSection';
import { useConfirmAssessment } from './useConfirmAssessment';
import { CommitTextarea } from './CommitTextarea';
import { displayName } from './peopleColumns';
import { PrivateNotes } from './PrivateNotes';
import { usePeopleCommands, type PeopleCommands } from './usePeopleCommands';
import { usePeopleData, type PeopleLookups } from './usePeopleData';
import { usePersonFieldProblem } from './usePersonFieldProblem';

/**
 * Escape in a text field gives back the saved text; it must not also close the person page
 * around it (Mantine's drawer listens on the window and honours this attribute).
 */
function keepEscapeInTextFields(event: React.FocusEvent) {
  const field = event.target;
  const typing =
    field instanceof HTMLTextAreaElement ||
    (field instanceof HTMLInputElement && field.type === 'text' && !field.readOnly);
  if (typing) field.setAttribute('data-mantine-stop-propagation', 'true');
}

/** A plausible address: something@something.something, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The Details tab of the person page: every field of the person, grouped, each edit undoable. */
export function PersonDetails({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const person = useApi('people.get', { id: personId });
  if (person.error) {
    return (
      <Alert color="red" data-testid="person-details">
        {t('people.details.loadFailed')}
      </Alert>
    );
  }
  if (!person.data) {
    return (
      <Center h={120} data-testid="person-details">
        <Loader size="sm" />
      </Center>
    );
  }
  return <DetailsOfAccount key={personId} person={person.data} />;
}

function DetailsOfAccount({ person }: { person: Person }) {
  const { lookups } = usePeopleData(person.accountId);
  const commands = usePeopleCommands(person.accountId);
  if (!lookups) {
    return (
      <Center h={120} data-testid="person-details">
        <Loader size="sm" />
      </Center>
    );
  }
  return <Details person={person} lookups={lookups} commands={commands} />;
}

function Section({
  title,
  children,
  icon,
  hint,
}: {
  title: string;
  children: ReactNode;
  icon?: ReactNode;
  hint?: string;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Group gap={6} mb="sm">
        {icon}
        <Title order={5}>{title}</Title>
      </Group>
      {hint && (
        <Text size="xs" c="dimmed" mt={-8} mb="sm">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}

/** The one-line contact fields and how long each may be. */
const LINE_LIMITS = {
  title: TEXT_LIMITS.jobTitle,
  phone: TEXT_LIMITS.phone,
  mobile: TEXT_LIMITS.phone,
  imHandle: TEXT_LIMITS.imHandle,
  address: TEXT_LIMITS.address,
} as const;

function Details({ person, lookups, commands }: { person: Person; lookups: PeopleLookups; commands: PeopleCommands }) {
  const { t } = useTranslation();
  const calendarWords = useCalendarWords();
  const confirm = useConfirmAssessment(person.accountId);
  const save = (patch: PersonPatch, reason?: string, learnedOn?: string) =>
    void commands.updatePerson(person, patch, reason, learnedOn);
  const fieldProblem = usePersonFieldProblem(person);
  const text = (field: keyof typeof LINE_LIMITS, label: string) => (
    <CommitTextInput
      label={label}
      value={person[field]}
      maxLength={LINE_LIMITS[field]}
      validate={(value) => fieldProblem(field, value)}
      onCommit={(value) => save({ [field]: value })}
      data-testid={`details-${field}`}
    />
  );
  const reportsTo = lookups.reportsToLines.get(person.id) ?? [];
  const lock = (
    <Tooltip label={t('people.details.privateHint')} multiline w={260}>
      <IconLock size={16} aria-label={t('people.details.privateHint')} />
    </Tooltip>
  );

  return (
    <Stack gap="md" pb="xl" data-testid="person-details" onFocus={keepEscapeInTextFields}>
      <Section title={t('people.details.identity')}>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
          <CommitTextInput
            label={t('people.details.name')}
            value={person.name}
            maxLength={TEXT_LIMITS.name}
            validate={(name) => fieldProblem('name', name)}
            onCommit={(name) => save(person.isPlaceholder && name ? { name, isPlaceholder: false } : { name })}
            data-testid="details-name"
          />
          {text('title', t('people.details.jobTitle'))}
          <Select
            label={t('people.details.orgUnit')}
            data={[
              { value: '', label: t('people.table.noUnit') },
              ...lookups.orgUnits.map((unit) => ({ value: unit.id, label: unit.name })),
            ]}
            value={person.orgUnitId ?? ''}
            allowDeselect={false}
            onChange={(unit) =>
              unit !== null && (unit || null) !== person.orgUnitId && save({ orgUnitId: unit || null })
            }
            data-testid="details-orgUnit"
          />
          <Select
            label={t('people.details.reportsTo')}
            searchable
            data={[
              { value: '', label: t('people.details.noOne') },
              ...lookups.people
                .filter((other) => other.id !== person.id)
                .map((other) => ({ value: other.id, label: displayName(other, t) })),
            ]}
            value={reportsTo[0]?.toPersonId ?? ''}
            allowDeselect={false}
            onChange={(managerId) =>
              managerId !== null &&
              managerId !== (reportsTo[0]?.toPersonId ?? '') &&
              void commands.setReportsTo(person.id, reportsTo, managerId || null)
            }
            data-testid="details-reportsTo"
          />
          <Select
            label={t('people.details.layer')}
            data={PERSON_LAYERS.map((code) => ({ value: code, label: t(`enums.layer.${code}`) }))}
            value={person.layer}
            allowDeselect={false}
            onChange={(layer) => layer && layer !== person.layer && save({ layer: layer as Person['layer'] })}
            data-testid="details-layer"
          />
          <Select
            label={t('people.details.competitor')}
            data={[
              { value: '', label: t('people.details.noCompetitor') },
              ...lookups.competitors.map((competitor) => ({ value: competitor.id, label: competitor.name })),
            ]}
            value={person.competitorId ?? ''}
            allowDeselect={false}
            disabled={lookups.competitors.length === 0 && !person.competitorId}
            description={lookups.competitors.length === 0 ? t('people.details.noCompetitors') : undefined}
            onChange={(id) => id !== null && (id || null) !== person.competitorId && save({ competitorId: id || null })}
          />
        </SimpleGrid>
        <TagsInput
          maxLength={TEXT_LIMITS.tag}
          mt="sm"
          label={t('people.details.tags')}
          placeholder={t('people.details.tagsPlaceholder')}
          data={lookups.allTags}
          value={lookups.tagsOf.get(person.id) ?? []}
          onChange={(names) => void commands.setTags(person.id, names)}
          clearable
          data-testid="details-tags"
        />
        <Checkbox
          mt="sm"
          label={t('people.details.placeholder')}
          checked={person.isPlaceholder}
          // A placeholder without a name stops being one by being named (above).
          disabled={person.isPlaceholder && !person.name}
          onChange={(event) => save({ isPlaceholder: event.currentTarget.checked })}
        />
      </Section>

      <Section title={t('people.details.assessment')}>
        <AssessmentSection person={person} onSave={save} onConfirm={() => void confirm(person)} />
      </Section>

      <Section title={t('people.details.contact')}>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
          <CommitTextInput
            label={t('people.details.email')}
            value={person.email}
            maxLength={TEXT_LIMITS.email}
            validate={(value) =>
              fieldProblem('email', value) ?? (value && !EMAIL.test(value) ? t('people.details.emailInvalid') : null)
            }
            onCommit={(email) => save({ email })}
            data-testid="details-email"
          />
          {text('phone', t('people.details.phone'))}
          {text('mobile', t('people.details.mobile'))}
          {text('imHandle', t('people.details.imHandle'))}
        </SimpleGrid>
        <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>{text('address', t('people.details.address'))}</div>
      </Section>

      <Section title={t('people.details.personal')} icon={lock} hint={t('people.details.privateHint')}>
        <Stack gap="sm" data-testid="personal-details">
          <DatePickerInput
            label={t('people.details.birthday')}
            value={person.birthday}
            clearable
            {...calendarWords}
            minDate={FIRST_DATE}
            maxDate={new Date()}
            defaultLevel={person.birthday ? 'month' : 'decade'}
            // Most people we map were born decades ago; open there rather than at today.
            defaultDate={person.birthday ?? '1975-01-01'}
            onChange={(date) => (date ?? null) !== person.birthday && save({ birthday: date ?? null })}
            data-testid="details-birthday"
          />
          <CommitTextarea
            label={t('people.details.interests')}
            value={person.interests}
            maxLength={TEXT_LIMITS.note}
            onCommit={(interests) => save({ interests })}
            data-testid="details-interests"
          />
          <CommitTextarea
            label={t('people.details.familyNotes')}
            value={person.familyNotes}
            maxLength={TEXT_LIMITS.note}
            onCommit={(familyNotes) => save({ familyNotes })}
            data-testid="details-familyNotes"
          />
        </Stack>
      </Section>

      <Section title={t('people.details.notes')} icon={lock} hint={t('people.details.privateHint')}>
        <PrivateNotes value={person.privateNotes} onSave={(privateNotes) => save({ privateNotes })} />
      </Section>
    </Stack>
  );
}
