import { useState, type ReactNode } from 'react';
import { Button, ColorSwatch, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCalendarWords } from '../../app/calendarLanguage';
import type { PersonPatch } from '../../../../shared/api/contract';
import type { Person } from '../../../../shared/api/entities';
import {
  ACCESS_MAX,
  ACCESS_MIN,
  CONFIDENCES,
  INFLUENCE_MAX,
  INFLUENCE_MIN,
  PROGRESS_STEPS,
  ROLES,
  STANCES,
  type Confidence,
} from '../../../../shared/domain/enums';
import { STANCE_COLOR } from '../map/stanceStyle';
import { formatDate } from './peopleColumns';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import { learnedOnBounds } from '../../../../shared/domain/learnedOn';
import { CalendarDateInput } from '../../app/CalendarDateInput';
import { localDay, utcOffset } from '../history/format';

/** The assessments whose every change is kept in the history, with an optional reason. */
type Tracked = 'role' | 'influence' | 'stance' | 'access' | 'progress';

interface Props {
  person: Person;
  /** `learnedOn`: the day the change was learned, when not today. */
  onSave(patch: PersonPatch, reason?: string, learnedOn?: string): void;
  /** "Still right": the assessment was judged again and nothing changed. */
  onConfirm(): void;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/**
 * Role, influence, stance, access and 知连信用 progress, each with how sure we are and when it was
 * judged. A new value waits with a box for the reason until saved (Enter) or discarded (Escape),
 * because the reason belongs to the same history entry as the change.
 */
export function AssessmentSection({ person, onSave, onConfirm }: Props) {
  const { t, i18n } = useTranslation();
  const [pending, setPending] = useState<Partial<Record<Tracked, string | number>>>({});
  const [reason, setReason] = useState('');
  const today = localDay(new Date());
  const [learnedOn, setLearnedOn] = useState<string | null>(null);
  const [learnedOnValid, setLearnedOnValid] = useState(true);
  const bounds = learnedOnBounds(new Date(), utcOffset());
  const calendarWords = useCalendarWords();
  const changes = (Object.entries(pending) as [Tracked, string | number][]).filter(
    ([field, value]) => value !== person[field],
  );
  const valueOf = <F extends Tracked>(field: F): Person[F] => (pending[field] ?? person[field]) as Person[F];
  const propose = (field: Tracked, value: string | number) => setPending((current) => ({ ...current, [field]: value }));
  const label = (field: Tracked, value: string | number) =>
    field === 'influence'
      ? String(value)
      : field === 'access'
        ? `${value} · ${t(`enums.access.${value}`)}`
        : t(`enums.${field === 'stance' ? 'stanceShort' : field}.${value}`);
  const save = () => {
    if (!learnedOnValid) return;
    const dated = learnedOn && learnedOn !== today ? learnedOn : undefined;
    if (changes.length) onSave(Object.fromEntries(changes) as PersonPatch, reason.trim() || undefined, dated);
    discard();
  };
  const discard = () => {
    setPending({});
    setReason('');
    setLearnedOn(null);
  };

  const stamp = (at: string | null) => (
    <Text size="xs" c="dimmed">
      {at ? t('people.details.assessedAt', { date: formatDate(at, i18n.language) }) : t('people.details.notAssessed')}
    </Text>
  );
  const confidence = (key: 'roleConfidence' | 'influenceConfidence' | 'stanceConfidence' | 'accessConfidence') => (
    <Select
      size="xs"
      w={120}
      aria-label={`${t(`people.details.${key.replace('Confidence', '')}`)} · ${t('people.details.confidence')}`}
      data={CONFIDENCES.map((code) => ({ value: code, label: t(`people.confidence.${code}`) }))}
      value={person[key]}
      allowDeselect={false}
      onChange={(value) => value && value !== person[key] && onSave({ [key]: value as Confidence })}
      data-testid={`confidence-${key}`}
    />
  );
  const row = (field: Tracked, control: ReactNode, side: ReactNode, at: string | null) => (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {t(`people.details.${field}`)}
      </Text>
      <Group gap="xs" align="center" wrap="nowrap">
        <div style={{ flex: 1, minWidth: 0 }}>{control}</div>
        {side}
      </Group>
      {stamp(at)}
    </div>
  );

  return (
    <Stack gap="sm" data-testid="assessment">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="xs" c="dimmed" id={`still-right-hint-${person.id}`}>
          {t('people.details.stillRightHint')}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconCircleCheck size={14} />}
          onClick={onConfirm}
          aria-describedby={`still-right-hint-${person.id}`}
          data-testid="assessment-still-right"
        >
          {t('people.details.stillRight')}
        </Button>
      </Group>
      {row(
        'role',
        <Select
          aria-label={t('people.details.role')}
          data={ROLES.map((code) => ({ value: code, label: t(`enums.role.${code}`) }))}
          value={valueOf('role')}
          allowDeselect={false}
          onChange={(value) => value && propose('role', value)}
          data-testid="details-role"
        />,
        confidence('roleConfidence'),
        person.roleAssessedAt,
      )}
      {row(
        'influence',
        <SegmentedControl
          fullWidth
          aria-label={t('people.details.influence')}
          data={range(INFLUENCE_MIN, INFLUENCE_MAX)}
          value={String(valueOf('influence'))}
          onChange={(value) => propose('influence', Number(value))}
        />,
        confidence('influenceConfidence'),
        person.influenceAssessedAt,
      )}
      {row(
        'stance',
        <Select
          aria-label={t('people.details.stance')}
          leftSection={<ColorSwatch size={12} color={STANCE_COLOR[valueOf('stance')]} />}
          data={STANCES.map((code) => ({ value: code, label: t(`enums.stance.${code}`) }))}
          value={valueOf('stance')}
          allowDeselect={false}
          onChange={(value) => value && propose('stance', value)}
          data-testid="details-stance"
        />,
        confidence('stanceConfidence'),
        person.stanceAssessedAt,
      )}
      {row(
        'access',
        <Select
          aria-label={t('people.details.access')}
          data={range(ACCESS_MIN, ACCESS_MAX).map((value) => ({
            value,
            label: `${value} · ${t(`enums.access.${value}`)}`,
          }))}
          value={String(valueOf('access'))}
          allowDeselect={false}
          onChange={(value) => value && propose('access', Number(value))}
          data-testid="details-access"
        />,
        confidence('accessConfidence'),
        person.accessAssessedAt,
      )}
      {row(
        'progress',
        <SegmentedControl
          fullWidth
          size="xs"
          aria-label={t('people.details.progress')}
          data={PROGRESS_STEPS.map((code) => ({ value: code, label: t(`enums.progress.${code}`) }))}
          value={valueOf('progress')}
          onChange={(value) => propose('progress', value)}
        />,
        null,
        person.progressAssessedAt,
      )}
      {changes.length > 0 && (
        <Paper withBorder p="sm" bg="yellow.0" data-testid="pending-change">
          {changes.map(([field, value]) => (
            <Text size="sm" fw={600} mb={6} key={field}>
              {t('people.details.pending', {
                field: t(`people.details.${field}`),
                from: label(field, person[field]),
                to: label(field, value),
              })}
            </Text>
          ))}
          <TextInput
            autoFocus
            size="xs"
            label={t('people.details.reason')}
            placeholder={t('people.details.reasonPlaceholder')}
            maxLength={TEXT_LIMITS.reason}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') save();
              if (event.key === 'Escape') {
                event.stopPropagation();
                discard();
              }
            }}
            data-testid="change-reason"
          />
          <CalendarDateInput
            size="xs"
            mt="xs"
            label={t('people.details.learnedOn')}
            description={t('people.details.learnedOnHint')}
            value={learnedOn ?? today}
            onChange={setLearnedOn}
            onValidityChange={setLearnedOnValid}
            minDate={bounds.min}
            maxDate={bounds.max}
            data-testid="change-learned-on"
            {...calendarWords}
          />
          <Group gap="xs" mt="xs" justify="flex-end">
            <Button size="xs" variant="default" onClick={discard}>
              {t('people.details.discardChange')}
            </Button>
            <Button size="xs" onClick={save} data-testid="save-change">
              {t('people.details.saveChange')}
            </Button>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
