import { useCallback, useRef, useState, type ReactNode } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** What a destructive step asks before it runs: what goes, and what goes (or stays) with it. */
export interface ConfirmRequest {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /**
   * Nothing brings it back: Cancel holds the focus so that Enter does not destroy by reflex.
   * Otherwise the confirm button holds it and Enter confirms (an undo notice follows).
   */
  irreversible?: boolean;
  /** Test id of the confirm button. */
  testId?: string;
}

interface Props extends ConfirmRequest {
  opened: boolean;
  /** Shows the confirm button busy while it runs; the dialog stays until the caller closes it. */
  busy?: boolean;
  onCancel(): void;
  onConfirm(): void;
}

/**
 * Tells Mantine's other open overlays (e.g. the person page drawer under this dialog) that an
 * Escape pressed here is this dialog's alone: they skip events whose target carries it.
 */
const OWN_ESCAPE = { 'data-mantine-stop-propagation': true } as const;

/**
 * The one confirmation before deleting data: a red confirm button and Cancel. Enter confirms
 * (unless irreversible) and Esc cancels, closing nothing else.
 */
export function ConfirmDialog({
  opened,
  title,
  message,
  confirmLabel,
  irreversible,
  testId,
  busy,
  onCancel,
  onConfirm,
}: Props) {
  const { t } = useTranslation();
  // Mantine's own Escape handling is off: it would close the overlays under this one as well.
  useWindowEvent('keydown', (event) => {
    if (opened && event.key === 'Escape' && !event.isComposing) onCancel();
  });
  return (
    <Modal.Root opened={opened} onClose={onCancel} closeOnEscape={false} centered>
      <Modal.Overlay />
      <Modal.Content {...OWN_ESCAPE}>
        <Modal.Header>
          <Modal.Title fw={600} lh={1.4}>
            {title}
          </Modal.Title>
          <Modal.CloseButton {...OWN_ESCAPE} />
        </Modal.Header>
        <Modal.Body>
          <form
            data-testid="confirm-dialog"
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy) onConfirm();
            }}
          >
            {typeof message === 'string' ? <Text size="sm">{message}</Text> : message}
            <Group justify="flex-end" mt="lg">
              <Button variant="default" onClick={onCancel} data-autofocus={irreversible || undefined} {...OWN_ESCAPE}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                color="red"
                loading={busy}
                data-autofocus={irreversible ? undefined : true}
                data-testid={testId ?? 'confirm-delete'}
                {...OWN_ESCAPE}
              >
                {confirmLabel}
              </Button>
            </Group>
          </form>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}

/**
 * Asks, then answers: `if (await confirm({...})) remove()`. Render `dialog` once in the component
 * that calls it.
 */
export function useConfirm(): { confirm(request: ConfirmRequest): Promise<boolean>; dialog: ReactNode } {
  // The last question stays while the dialog closes, so its text does not blank out mid-animation.
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const [opened, setOpened] = useState(false);
  const answer = useRef<((yes: boolean) => void) | null>(null);
  const settle = useCallback((yes: boolean) => {
    answer.current?.(yes);
    answer.current = null;
    setOpened(false);
  }, []);
  const confirm = useCallback((next: ConfirmRequest) => {
    // A second question while one is open answers the first with "no".
    answer.current?.(false);
    setRequest(next);
    setOpened(true);
    return new Promise<boolean>((resolve) => (answer.current = resolve));
  }, []);
  const dialog = request && (
    <ConfirmDialog {...request} opened={opened} onCancel={() => settle(false)} onConfirm={() => settle(true)} />
  );
  return { confirm, dialog };
}
