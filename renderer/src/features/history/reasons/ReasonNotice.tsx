import { useEffect, useState } from 'react';
import { Button, Group, Kbd, Text } from '@mantine/core';
import { notifications, notificationsStore } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ChangeHandle } from '../../../../../shared/domain/changeReasons';
import type { Command } from '../../../undo/undoStack';
import { reasonCommand } from './reasonCommand';
import { ReasonPrompt } from './ReasonPrompt';
import { useAction } from '../../../actions/useAction';
import { keysOf } from '../../../actions/platform';

export interface ReasonOffer {
  change: ChangeHandle;
  /** What happened, e.g. "Ann Li: Stance changed". */
  message: string;
  /** How many people the change touched. */
  people: number;
  perform(command: Command): Promise<boolean>;
  undo(): void;
}

/** Keeps the notice up while a reason is written (its content, and so what is typed, stays). */
const setAutoClose = (id: string, autoClose: number | false): void =>
  notifications.updateState(notificationsStore, (list) => list.map((n) => (n.id === id ? { ...n, autoClose } : n)));

/** Back to where the user was; a chip that moved cells may be a new element for the same person. */
function refocus(element: HTMLElement | null): void {
  if (!element) return;
  const personId = element.dataset.personId;
  const same =
    element.isConnected || !personId
      ? element
      : document.querySelector<HTMLElement>(`[data-person-id="${CSS.escape(personId)}"]`);
  same?.focus();
}

/** The offer on screen now, unless the user is writing a reason in it. */
let standing: { id: string; prompting: boolean } | null = null;

/**
 * After an assessment change made without a reason: a notice that says what changed and offers
 * "Add a reason…" (or R) and Undo. A newer change replaces an older offer, so arrow keys in the
 * grid leave one notice, not a pile; one being written in is left alone.
 */
export function offerReason(offer: ReasonOffer): void {
  if (standing && !standing.prompting) notifications.hide(standing.id);
  const id = `reason-${crypto.randomUUID()}`;
  const mine = { id, prompting: false };
  standing = mine;
  const stopListening = offer.change.onUndone(() => notifications.hide(id));
  notifications.show({
    id,
    message: <ReasonNotice offer={offer} id={id} onPrompt={() => (mine.prompting = true)} />,
    autoClose: 8000,
    // Bottom centre: the inspector and the person page, where the next edit is made, stay clear.
    position: 'bottom-center',
    onClose: () => {
      stopListening();
      if (standing === mine) standing = null;
    },
  });
}

function ReasonNotice({ offer, id, onPrompt }: { offer: ReasonOffer; id: string; onPrompt(): void }) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<'offer' | 'prompt' | 'saved'>('offer');
  const [returnFocus, setReturnFocus] = useState<HTMLElement | null>(null);
  const prompt = () => {
    if (!offer.change.live) return;
    setReturnFocus(document.activeElement instanceof HTMLElement ? document.activeElement : null);
    onPrompt();
    setAutoClose(id, false);
    setStage('prompt');
  };
  // R means this notice only while it offers a reason; once it is gone, R is typing again.
  useAction('history.addReason', prompt, () => stage === 'offer' && offer.change.live);
  const close = () => {
    notifications.hide(id);
    refocus(returnFocus);
  };
  useEffect(() => {
    if (stage === 'saved') setAutoClose(id, 4000);
  }, [stage, id]);

  if (stage === 'prompt') {
    return (
      <ReasonPrompt
        context={offer.message}
        onCancel={close}
        onSave={async (reason) => {
          const saved = await offer.perform(reasonCommand(() => offer.change.id, reason));
          if (saved) {
            setStage('saved');
            refocus(returnFocus);
          }
          return saved;
        }}
      />
    );
  }
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" data-testid="reason-offer">
      <Text size="sm" lineClamp={2}>
        {stage === 'saved'
          ? offer.people > 1
            ? t('history.reason.savedMany', { count: offer.people })
            : t('history.reason.saved')
          : offer.message}
      </Text>
      <Group gap={6} wrap="nowrap">
        {stage === 'offer' && (
          <Button
            size="compact-sm"
            variant="light"
            onClick={prompt}
            rightSection={<Kbd size="xs">{keysOf('history.addReason')}</Kbd>}
            data-testid="add-reason"
          >
            {t('history.reason.add')}
          </Button>
        )}
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => {
            notifications.hide(id);
            offer.undo();
          }}
        >
          {t('common.undo')}
        </Button>
      </Group>
    </Group>
  );
}
