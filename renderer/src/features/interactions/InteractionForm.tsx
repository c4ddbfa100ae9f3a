import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/api/contract';
import type { Interaction, Party } from '../../../../shared/api/methods/interactions';
import {
  CHANNELS,
  SCENARIOS,
  type Channel,
  type CommitmentState,
  type Scenario,
} from '../../../../shared/domain/enums';
import { inputIssue } from '../../../../shared/api/issues';
import { CalendarDateInput, useDateFields } from '../../app/CalendarDateInput';
import { useIssueText } from '../../app/issueText';
import { useNames } from './useNames';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import { PLATFORM } from '../../actions/platform';
import { formatChord } from '../../../../shared/actions/chords';

interface CommitmentRow {
  key: string;
  id?: string;
  description: string;
  by: string | null;
  to: string | null;
  dueDate: string | null;
  state?: CommitmentState;
  closedAt?: string | null;
}

const encode = (party: Party | null) => (party ? `${party.kind}:${party.id}` : null);
function decode(value: string | null): Party | null {
  if (!value) return null;
  const [kind, id] = value.split(':');
  return (kind === 'person' || kind === 'member') && id ? { kind, id } : null;
}

export type InteractionDraft = Omit<InputOf<'interactions.create'>, 'accountId'>;

interface Props {
  accountId: string;
  initial?: Interaction;
  personIds?: string[];
  onSubmit(draft: InteractionDraft): void;
  onCancel(): void;
}

const BANK = [-2, -1, 0, 1, 2] as const;

/** Every field of one contact; Ctrl/⌘+Enter saves from any field. */
export function InteractionForm({ accountId, initial, personIds, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const names = useNames(accountId);
  const start = initial ? dayjs(initial.occurredAt) : dayjs();
  const [date, setDate] = useState<string | null>(start.format('YYYY-MM-DD'));
  const [time, setTime] = useState(start.format('HH:mm'));
  const [scenario, setScenario] = useState<Scenario>(initial?.scenario ?? 'work_daily');
  const [channel, setChannel] = useState<Channel>(initial?.channel ?? 'meeting');
  const [theirs, setTheirs] = useState<string[]>(initial?.personIds ?? personIds ?? []);
  const [ours, setOurs] = useState<string[]>(initial?.memberIds ?? []);
  const [summary, setSummary] = useState(initial?.summary ?? '');
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const [isPrivate, setPrivate] = useState(initial?.isPrivate ?? false);
  const [bankEffect, setBankEffect] = useState<number>(initial?.bankEffect ?? 0);
  const [rows, setRows] = useState<CommitmentRow[]>(
    (initial?.commitments ?? []).map((c) => ({
      key: c.id,
      id: c.id,
      description: c.description,
      by: encode(c.by),
      to: encode(c.to),
      dueDate: c.dueDate,
      state: c.state,
      closedAt: c.closedAt,
    })),
  );
  const [showErrors, setShowErrors] = useState(false);
  const dates = useDateFields();

  const team = names.team.filter((m) => !m.sampleAccountId || m.sampleAccountId === accountId);
  const peopleOptions = names.people
    .filter((p) => !p.isPlaceholder || theirs.includes(p.id))
    .map((p) => ({ value: p.id, label: names.person(p.id) }));
  const teamOptions = team.map((m) => ({ value: m.id, label: m.name }));
  const partyOptions = [
    { group: t('interactions.groupTheirs'), items: peopleOptions.map((o) => ({ ...o, value: `person:${o.value}` })) },
    { group: t('interactions.groupOurs'), items: teamOptions.map((o) => ({ ...o, value: `member:${o.value}` })) },
  ];
  const me = team.find((m) => m.isMe) ?? team[0];
  // Nobody promises something to themselves: a promise by them goes to us, and one by us to them.
  const counterpart = (by: string | null) =>
    by?.startsWith('person:') ? (me ? `member:${me.id}` : null) : theirs[0] ? `person:${theirs[0]}` : null;

  const issueText = useIssueText();
  // The contract's own rules, told before sending in the words a refusal would use.
  const personError =
    showErrors && theirs.length === 0
      ? issueText(inputIssue('personIds', 'too_few', { min: 1 }), { method: 'interactions.create' })
      : null;
  const descriptionError = issueText(inputIssue('commitments.0.description', 'required'), {
    method: 'interactions.create',
  });
  const rowsValid = rows.every((row) => row.description.trim() && row.by);

  const submit = () => {
    if (theirs.length === 0 || !rowsValid || !date || !dates.allValid) {
      setShowErrors(true);
      return;
    }
    onSubmit({
      occurredAt: dayjs(`${date}T${time || '00:00'}`).toISOString(),
      scenario,
      channel,
      personIds: theirs,
      memberIds: ours,
      summary,
      notes,
      isPrivate,
      bankEffect,
      commitments: rows.map((row) => ({
        id: row.id,
        description: row.description,
        by: decode(row.by) as Party,
        to: decode(row.to),
        dueDate: row.dueDate,
        state: row.state,
        closedAt: row.closedAt,
      })),
    });
  };
  const patchRow = (key: string, patch: Partial<CommitmentRow>) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <Stack gap="sm" onKeyDown={getHotkeyHandler([['mod+Enter', submit]])} data-testid="interaction-form">
      <Group grow align="flex-start">
        <CalendarDateInput
          label={t('interactions.when')}
          value={date}
          onChange={setDate}
          onValidityChange={dates.validity('date')}
          showProblem={showErrors}
          data-testid="interaction-date"
        />
        <TimeInput
          label={t('interactions.time')}
          value={time}
          onChange={(event) => setTime(event.currentTarget.value)}
          data-testid="interaction-time"
        />
        <Select
          label={t('interactions.channelLabel')}
          data={CHANNELS.map((c) => ({ value: c, label: t(`interactions.channel.${c}`) }))}
          value={channel}
          onChange={(value) => value && setChannel(value as Channel)}
          allowDeselect={false}
          data-testid="interaction-channel"
        />
      </Group>
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('interactions.scenarioLabel')}
        </Text>
        <SegmentedControl
          fullWidth
          value={scenario}
          onChange={(value) => setScenario(value as Scenario)}
          data={SCENARIOS.map((s) => ({ value: s, label: t(`interactions.scenario.${s}`) }))}
          data-testid="interaction-scenario"
        />
      </div>
      <Group grow align="flex-start">
        <MultiSelect
          label={t('interactions.theirs')}
          placeholder={theirs.length ? undefined : t('interactions.theirsPlaceholder')}
          data={peopleOptions}
          value={theirs}
          onChange={setTheirs}
          searchable
          error={personError}
          // A new contact starts with who was met; an edit usually fixes the words.
          data-autofocus={initial ? undefined : true}
          data-testid="interaction-theirs"
        />
        <MultiSelect
          label={t('interactions.ours')}
          placeholder={ours.length ? undefined : t('interactions.oursPlaceholder')}
          data={teamOptions}
          value={ours}
          onChange={setOurs}
          searchable
          data-testid="interaction-ours"
        />
      </Group>
      <TextInput
        label={t('interactions.summary')}
        placeholder={t('interactions.summaryPlaceholder')}
        value={summary}
        onChange={(event) => setSummary(event.currentTarget.value)}
        maxLength={TEXT_LIMITS.summary}
        data-autofocus={initial ? true : undefined}
        data-testid="interaction-summary"
      />
      <Textarea
        label={t('interactions.notes')}
        value={notes}
        onChange={(event) => setNotes(event.currentTarget.value)}
        maxLength={TEXT_LIMITS.longText}
        autosize
        minRows={2}
        maxRows={6}
        data-testid="interaction-notes"
      />
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('interactions.bankLabel')}
        </Text>
        <SegmentedControl
          fullWidth
          value={String(bankEffect)}
          onChange={(value) => setBankEffect(Number(value))}
          color={bankEffect > 0 ? 'teal' : bankEffect < 0 ? 'red' : 'gray'}
          data={BANK.map((b) => ({
            value: String(b),
            label: `${b > 0 ? '+' : ''}${b} ${t(`interactions.bank.${b}`)}`,
          }))}
          data-testid="interaction-bank"
        />
      </div>
      <Switch
        label={t('interactions.private')}
        description={t('interactions.privateHint')}
        checked={isPrivate}
        onChange={(event) => setPrivate(event.currentTarget.checked)}
        data-testid="interaction-private"
      />
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('interactions.commitmentsLabel')}
        </Text>
        {rows.map((row, index) => (
          <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap" data-testid="commitment-row">
            <TextInput
              flex={3}
              placeholder={t('interactions.commitmentPlaceholder')}
              value={row.description}
              onChange={(event) => patchRow(row.key, { description: event.currentTarget.value })}
              maxLength={TEXT_LIMITS.commitment}
              error={showErrors && !row.description.trim() ? descriptionError : null}
              aria-label={`${t('interactions.commitmentsLabel')} ${index + 1}`}
              data-testid="commitment-description"
            />
            <Select
              flex={2}
              placeholder={t('interactions.byWhom')}
              aria-label={t('interactions.byWhom')}
              data={partyOptions}
              value={row.by}
              onChange={(value) => patchRow(row.key, { by: value, to: row.to === value ? counterpart(value) : row.to })}
              searchable
              allowDeselect={false}
              error={showErrors && !row.by}
              data-testid="commitment-by"
            />
            <Select
              flex={2}
              placeholder={t('interactions.toWhom')}
              aria-label={t('interactions.toWhom')}
              data={partyOptions}
              value={row.to}
              onChange={(value) => patchRow(row.key, { to: value })}
              searchable
              clearable
              allowDeselect={false}
              data-testid="commitment-to"
            />
            <CalendarDateInput
              flex={2}
              placeholder={t('interactions.due')}
              aria-label={t('interactions.due')}
              fieldLabel={t('interactions.due')}
              value={row.dueDate}
              onChange={(value) => patchRow(row.key, { dueDate: value })}
              onValidityChange={dates.validity(`due:${row.key}`)}
              showProblem={showErrors}
              clearable
              data-testid="commitment-due"
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={4}
              aria-label={t('interactions.removeCommitment')}
              onClick={() => {
                // A removed row's date no longer holds the form back.
                dates.validity(`due:${row.key}`)(true);
                setRows((all) => all.filter((r) => r.key !== row.key));
              }}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() =>
            setRows((all) => [
              ...all,
              {
                key: crypto.randomUUID(),
                description: '',
                by: me ? `member:${me.id}` : theirs[0] ? `person:${theirs[0]}` : null,
                to: theirs[0] ? `person:${theirs[0]}` : null,
                dueDate: null,
              },
            ])
          }
          data-testid="add-commitment"
        >
          {t('interactions.addCommitment')}
        </Button>
      </Stack>
      <Group justify="space-between" mt="xs">
        <Text size="xs" c="dimmed">
          {t('interactions.saveHint', { keys: formatChord('Mod+Enter', PLATFORM) })}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} data-testid="interaction-save">
            {t('common.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
