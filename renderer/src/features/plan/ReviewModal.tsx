import { useState } from 'react';
import { Modal, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../../../shared/api/methods/plan';
import { TEXT_LIMITS } from '../../../../shared/api/text';
import { todayIso } from '../../../../shared/domain/horizon';
import { CalendarDateInput, useDateFields } from '../../app/CalendarDateInput';
import type { PlanCommands } from './usePlanCommands';
import { FormActions } from './FormActions';
import { useReturnFocus } from '../../app/useReturnFocus';

interface Props {
  accountId: string;
  review: Review | null;
  commands: PlanCommands;
  onClose(): void;
}

/** Records a review checkpoint: when, what was evaluated, what was decided. */
export function ReviewModal({ accountId, review, commands, onClose }: Props) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState<string | null>(review?.heldOn ?? todayIso());
  const [evaluated, setEvaluated] = useState(review?.evaluated ?? '');
  const [decided, setDecided] = useState(review?.decided ?? '');
  const dates = useDateFields();
  const [tried, setTried] = useState(false);
  useReturnFocus();
  const submit = async () => {
    setTried(true);
    if (!heldOn || !dates.allValid) return;
    const done = review
      ? await commands.updateReview(review, { heldOn, evaluated, decided })
      : await commands.createReview({ accountId, heldOn, evaluated, decided });
    if (done) onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t('plan.reviewForm.newTitle')} size="lg">
      <Stack gap="sm">
        <CalendarDateInput
          label={t('plan.reviewForm.heldOn')}
          value={heldOn}
          onChange={setHeldOn}
          onValidityChange={dates.validity('heldOn')}
          showProblem={tried}
          data-testid="review-held-on"
        />
        <Textarea
          label={t('plan.reviewForm.evaluated')}
          placeholder={t('plan.reviewForm.evaluatedPlaceholder')}
          value={evaluated}
          onChange={(event) => setEvaluated(event.currentTarget.value)}
          maxLength={TEXT_LIMITS.longText}
          autosize
          minRows={3}
          data-autofocus
          data-testid="review-evaluated"
        />
        <Textarea
          label={t('plan.reviewForm.decided')}
          placeholder={t('plan.reviewForm.decidedPlaceholder')}
          value={decided}
          onChange={(event) => setDecided(event.currentTarget.value)}
          maxLength={TEXT_LIMITS.longText}
          autosize
          minRows={3}
          data-testid="review-decided"
        />
        <FormActions onCancel={onClose} onSave={() => void submit()} saveDisabled={!heldOn} saveTestId="review-save" />
      </Stack>
    </Modal>
  );
}
