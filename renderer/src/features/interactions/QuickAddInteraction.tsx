import { useState } from 'react';
import { Modal, Select, Stack, Text } from '@mantine/core';
import { useAction } from '../../actions/useAction';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/client';
import { InteractionForm, type InteractionDraft } from './InteractionForm';
import { closeQuickAdd, currentOpenPerson, openQuickAdd, useQuickAddRequest } from './quickAddStore';
import { useInteractionCommands } from './useInteractionCommands';

/**
 * Logs a contact from anywhere with Ctrl/⌘+I: in an account, for it (with the open person page's
 * person picked); on the home screen, after picking the account. Also edits an existing contact.
 */
export function QuickAddInteraction({ accountId }: { accountId: string | null }) {
  const { t } = useTranslation();
  const request = useQuickAddRequest();
  const commands = useInteractionCommands();
  const [pickedAccount, setPickedAccount] = useState<string | null>(null);
  const accounts = useApi('accounts.list', {}, request !== null && accountId === null);
  // The registry lets this chord work while typing in any field too.
  useAction(
    'app.logContact',
    () => {
      const person = accountId ? currentOpenPerson() : null;
      openQuickAdd(person ? { personIds: [person] } : {});
    },
    () => request === null,
  );

  const editing = request?.editing;
  const target = editing?.accountId ?? accountId ?? pickedAccount;
  const close = () => {
    closeQuickAdd();
    setPickedAccount(null);
  };
  const submit = (draft: InteractionDraft) => {
    if (!target) return;
    const done = editing ? commands.update(editing, draft) : commands.create({ ...draft, accountId: target });
    void done.then((ok) => ok && close());
  };

  return (
    <Modal
      opened={request !== null}
      onClose={close}
      size="xl"
      // Above the person page drawer it is opened from (200), below the pickers' dropdowns (300).
      zIndex={250}
      title={editing ? t('interactions.editTitle') : t('interactions.newTitle')}
      data-testid="quick-add-interaction"
    >
      <Stack>
        {accountId === null && !editing && (
          <Select
            label={t('interactions.pickAccount')}
            placeholder={t('interactions.pickAccountPlaceholder')}
            data={(accounts.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
            value={pickedAccount}
            onChange={setPickedAccount}
            searchable
            data-autofocus
            data-testid="interaction-account"
          />
        )}
        {accountId === null && accounts.data?.length === 0 && <Text c="dimmed">{t('interactions.noAccounts')}</Text>}
        {target && request && (
          <InteractionForm
            key={`${target}:${editing?.id ?? 'new'}`}
            accountId={target}
            initial={editing}
            personIds={request.personIds}
            onSubmit={submit}
            onCancel={close}
          />
        )}
      </Stack>
    </Modal>
  );
}
