import { useState } from 'react';
import { Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person, TeamMember } from '../../../../shared/api/entities';
import type { Action, ActionPatch, Goal } from '../../../../shared/api/methods/plan';
import { ACTION_STATUSES, type ActionStatus, type Horizon } from '../../../../shared/domain/enums';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import { horizonEnd, todayIso } from '../../../../shared/domain/horizon';
import { CalendarDateInput, useDateFields } from '../../app/CalendarDateInput';
import { useFieldProblem } from '../../app/issueText';
import { personName } from './format';
import { goalTitle } from './goalText';
import { HorizonPicker } from './HorizonPicker';
import type { PlanCommands } from './usePlanCommands';
import { FormActions } from './FormActions';
import { useReturnFocus } from '../../app/useReturnFocus';

/** Values a new action starts with (e.g. the person whose page it was added from). */
export interface ActionDraft {
  title?: string;
  goalId?: string | null;
  personIds?: string[];
  horizon?: Horizon | null;
  dueDate?: string;
  /** The insight (rule:subject) the action answers, when made from one. */
  sourceInsight?: string;
}

interface Props {
  accountId: string;
  action: Action | null;
  draft?: ActionDraft;
  goals: readonly Goal[];
  people: readonly Person[];
  owners: readonly TeamMember[];
  commands: PlanCommands;
  onClose(): void;
}

/** Creates or edits an action: what, for which goal and people, by whom, by when, and how it went. */
export function ActionModal(props: Props) {
  const { t } = useTranslation();
  useReturnFocus();
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={props.action ? t('plan.actionForm.editTitle') : t('plan.actionForm.newTitle')}
      size="lg"
    >
      <ActionForm {...props} />
    </Modal>
  );
}

function ActionForm({ accountId, action, draft, goals, people, owners, commands, onClose }: Props) {
  const { t } = useTranslation();
  const fieldProblem = useFieldProblem();
  const dates = useDateFields();
  const [tried, setTried] = useState(false);
  const me = owners.find((m) => m.isMe);
  const [title, setTitle] = useState(action?.title ?? draft?.title ?? '');
  const [goalId, setGoalId] = useState<string | null>(action ? action.goalId : (draft?.goalId ?? null));
  const [personIds, setPersonIds] = useState<string[]>(action?.personIds ?? draft?.personIds ?? []);
  const [ownerMemberId, setOwner] = useState<string | null>(action ? action.ownerMemberId : (me?.id ?? null));
  const initialHorizon = action ? action.horizon : (draft?.horizon ?? null);
  const [horizon, setHorizon] = useState<Horizon | null>(initialHorizon);
  const [dueDate, setDueDate] = useState<string | null>(
    action ? action.dueDate : (draft?.dueDate ?? (initialHorizon ? horizonEnd(initialHorizon, todayIso()) : null)),
  );
  const [status, setStatus] = useState<ActionStatus>(action?.status ?? 'todo');
  const [outcome, setOutcome] = useState(action?.outcome ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    setTried(true);
    if (!dates.allValid) return;
    const fields = { title: title.trim(), goalId, personIds, ownerMemberId, dueDate, horizon, status, outcome };
    const titleProblem = fieldProblem('actions.create', { accountId, title: fields.title }, 'title');
    if (titleProblem) return setProblem(titleProblem);
    let done: boolean;
    if (action) {
      const patch: ActionPatch = Object.fromEntries(
        Object.entries(fields).filter(
          ([key, value]) => JSON.stringify(action[key as keyof Action]) !== JSON.stringify(value),
        ),
      );
      done = Object.keys(patch).length === 0 || (await commands.updateAction(action, patch));
    } else {
      done = await commands.createAction({
        accountId,
        ...fields,
        ...(draft?.sourceInsight && { sourceInsight: draft.sourceInsight }),
      });
    }
    if (done) onClose();
  };

  return (
    <Stack gap="sm">
      <TextInput
        label={t('plan.actionForm.title')}
        placeholder={t('plan.actionForm.titlePlaceholder')}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        maxLength={TEXT_LIMITS.title}
        error={problem}
        data-autofocus
        data-testid="action-title"
        onKeyDown={(event) => event.key === 'Enter' && void submit()}
      />
      <Select
        label={t('plan.actionForm.goal')}
        placeholder={t('plan.sheet.noGoal')}
        data={goals.map((g) => ({ value: g.id, label: goalTitle(g, t) }))}
        value={goalId}
        onChange={setGoalId}
        clearable
        searchable
        data-testid="action-goal"
      />
      <MultiSelect
        label={t('plan.actionForm.people')}
        placeholder={personIds.length === 0 ? t('plan.actionForm.peoplePlaceholder') : undefined}
        data={people.map((p) => ({ value: p.id, label: personName(p) }))}
        value={personIds}
        onChange={setPersonIds}
        searchable
        data-testid="action-people"
      />
      <SimpleGrid cols={2}>
        <Select
          label={t('plan.actionForm.owner')}
          placeholder={t('plan.sheet.noOwner')}
          data={owners.map((m) => ({ value: m.id, label: m.name }))}
          value={ownerMemberId}
          onChange={setOwner}
          clearable
          searchable
          data-testid="action-owner"
        />
        <CalendarDateInput
          label={t('plan.actionForm.due')}
          value={dueDate}
          onChange={setDueDate}
          onValidityChange={dates.validity('due')}
          showProblem={tried}
          clearable
          data-testid="action-due"
        />
      </SimpleGrid>
      <Group grow align="flex-end">
        <HorizonPicker
          label={t('plan.actionForm.horizon')}
          horizon={horizon}
          dueDate={dueDate}
          onChange={(nextHorizon, nextDue) => {
            setHorizon(nextHorizon);
            setDueDate(nextDue);
          }}
          data-testid="action-horizon"
        />
        <Select
          label={t('plan.actionForm.status')}
          data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`plan.actionStatus.${s}`) }))}
          value={status}
          onChange={(value) => value && setStatus(value as ActionStatus)}
          allowDeselect={false}
          data-testid="action-status"
        />
      </Group>
      <Textarea
        label={t('plan.actionForm.outcome')}
        placeholder={t('plan.actionForm.outcomePlaceholder')}
        value={outcome}
        onChange={(event) => setOutcome(event.currentTarget.value)}
        maxLength={TEXT_LIMITS.longText}
        autosize
        minRows={2}
        data-testid="action-outcome"
      />
      <FormActions onCancel={onClose} onSave={() => void submit()} saveTestId="action-save" />
    </Stack>
  );
}
