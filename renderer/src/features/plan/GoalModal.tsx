import { useState } from 'react';
import { Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/api/entities';
import type { Goal, GoalPatch } from '../../../../shared/api/methods/plan';
import { GOAL_STATUSES } from '../../../../shared/api/methods/plan';
import { inputIssue } from '../../../../shared/api/issues';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import { ACCESS_MAX, PROGRESS_STEPS, STANCES, type Horizon } from '../../../../shared/domain/enums';
import { CalendarDateInput, useDateFields } from '../../app/CalendarDateInput';
import { useFieldProblem, useIssueText } from '../../app/issueText';
import { personName } from './format';
import { HorizonPicker } from './HorizonPicker';
import type { PlanCommands } from './usePlanCommands';
import { FormActions } from './FormActions';
import { useReturnFocus } from '../../app/useReturnFocus';

interface Props {
  accountId: string;
  /** The goal to edit; null opens an empty form. */
  goal: Goal | null;
  /** Whom a new goal is for: a person (relationship goal), null (account goal) or undefined (the user picks). */
  personId?: string | null;
  people: readonly Person[];
  commands: PlanCommands;
  onClose(): void;
}

const ACCOUNT = '__account__';

/** Creates or edits a goal: an account goal, or a relationship goal's target stance, access and progress by a date. */
export function GoalModal(props: Props) {
  const { t } = useTranslation();
  useReturnFocus();
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={props.goal ? t('plan.goalForm.editTitle') : t('plan.goalForm.newTitle')}
      size="lg"
    >
      <GoalForm {...props} />
    </Modal>
  );
}

function GoalForm({ accountId, goal, personId, people, commands, onClose }: Props) {
  const { t } = useTranslation();
  const fieldProblem = useFieldProblem();
  const issueText = useIssueText();
  const dates = useDateFields();
  const [tried, setTried] = useState(false);
  const [forWhom, setForWhom] = useState<string>(goal ? (goal.personId ?? ACCOUNT) : (personId ?? ACCOUNT));
  const [title, setTitle] = useState(goal?.title ?? '');
  const [horizon, setHorizon] = useState<Horizon | null>(goal?.horizon ?? null);
  const [targetStance, setTargetStance] = useState(goal?.targetStance ?? null);
  const [targetAccess, setTargetAccess] = useState(goal?.targetAccess ?? null);
  const [targetProgress, setTargetProgress] = useState(goal?.targetProgress ?? null);
  const [dueDate, setDueDate] = useState<string | null>(goal?.dueDate ?? null);
  const [status, setStatus] = useState(goal?.status ?? 'open');
  const [note, setNote] = useState(goal?.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const isPerson = forWhom !== ACCOUNT;
  const noTarget = t('plan.goalForm.noTarget');

  const submit = async () => {
    setTried(true);
    if (!dates.allValid) return;
    const fields = {
      title: title.trim(),
      horizon,
      targetStance: isPerson ? targetStance : null,
      targetAccess: isPerson ? targetAccess : null,
      targetProgress: isPerson ? targetProgress : null,
      dueDate,
      note,
    };
    const saysSomething =
      fields.title !== '' || (isPerson && (targetStance || targetAccess !== null || targetProgress));
    const titleProblem = fieldProblem('goals.create', { accountId, title: fields.title }, 'title');
    if (titleProblem) return setProblem(titleProblem);
    if (!saysSomething) {
      // The backend's rule, told before sending: a goal says what it is, or a person's goal sets a target.
      const issue = inputIssue('title', isPerson ? 'title_or_target' : 'required');
      return setProblem(issueText(issue, { method: 'goals.create' }));
    }
    let done: boolean;
    if (goal) {
      const patch: GoalPatch = Object.fromEntries(
        Object.entries({ ...fields, status }).filter(([key, value]) => goal[key as keyof Goal] !== value),
      );
      done = Object.keys(patch).length === 0 || (await commands.updateGoal(goal, patch));
    } else {
      done = await commands.createGoal({ accountId, personId: isPerson ? forWhom : null, ...fields });
    }
    if (done) onClose();
  };

  return (
    <Stack gap="sm">
      {personId === undefined && !goal && (
        <Select
          label={t('plan.goalForm.for')}
          data={[
            { value: ACCOUNT, label: t('plan.sheet.accountGoal') },
            ...people.map((p) => ({
              value: p.id,
              label: `${personName(p)}${p.title && p.name ? ` · ${p.title}` : ''}`,
            })),
          ]}
          value={forWhom}
          onChange={(value) => setForWhom(value ?? ACCOUNT)}
          searchable
          allowDeselect={false}
          data-testid="goal-for"
        />
      )}
      <TextInput
        label={t('plan.goalForm.title')}
        placeholder={t('plan.goalForm.titlePlaceholder')}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        maxLength={TEXT_LIMITS.title}
        data-autofocus
        data-testid="goal-title"
      />
      {isPerson && (
        <SimpleGrid cols={3}>
          <Select
            label={t('plan.goalForm.targetStance')}
            placeholder={noTarget}
            data={STANCES.map((s) => ({ value: s, label: t(`enums.stance.${s}`) }))}
            value={targetStance}
            onChange={(value) => setTargetStance(value as typeof targetStance)}
            clearable
            data-testid="goal-target-stance"
          />
          <Select
            label={t('plan.goalForm.targetAccess')}
            placeholder={noTarget}
            data={Array.from({ length: ACCESS_MAX + 1 }, (_, level) => ({
              value: String(level),
              label: t(`enums.access.${level}`),
            }))}
            value={targetAccess === null ? null : String(targetAccess)}
            onChange={(value) => setTargetAccess(value === null ? null : Number(value))}
            clearable
            data-testid="goal-target-access"
          />
          <Select
            label={t('plan.goalForm.targetProgress')}
            placeholder={noTarget}
            data={PROGRESS_STEPS.map((p) => ({ value: p, label: t(`enums.progress.${p}`) }))}
            value={targetProgress}
            onChange={(value) => setTargetProgress(value as typeof targetProgress)}
            clearable
            data-testid="goal-target-progress"
          />
        </SimpleGrid>
      )}
      <Group align="flex-end" grow>
        <HorizonPicker
          label={t('plan.columns.horizon')}
          horizon={horizon}
          dueDate={dueDate}
          onChange={(nextHorizon, nextDue) => {
            setHorizon(nextHorizon);
            setDueDate(nextDue);
          }}
          data-testid="goal-horizon"
        />
        <CalendarDateInput
          label={t('plan.goalForm.due')}
          value={dueDate}
          onChange={setDueDate}
          onValidityChange={dates.validity('due')}
          showProblem={tried}
          clearable
          data-testid="goal-due"
        />
      </Group>
      {goal && (
        <Select
          label={t('plan.goalForm.status')}
          data={GOAL_STATUSES.map((s) => ({ value: s, label: t(`plan.goalStatus.${s}`) }))}
          value={status}
          onChange={(value) => value && setStatus(value as typeof status)}
          allowDeselect={false}
        />
      )}
      <Textarea
        label={t('plan.goalForm.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={TEXT_LIMITS.longText}
        autosize
        minRows={2}
      />
      {problem && (
        <Text c="red" size="sm">
          {problem}
        </Text>
      )}
      <FormActions onCancel={onClose} onSave={() => void submit()} saveTestId="goal-save" />
    </Stack>
  );
}
