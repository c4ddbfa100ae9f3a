import { useState } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/api/entities';

interface Props {
  account: AccountSummary | null;
  onClose(): void;
  onConfirm(account: AccountSummary): Promise<void>;
}

export function DeleteAccountModal({ account, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      opened={account !== null}
      onClose={onClose}
      title={t('home.deleteTitle', { name: account?.name ?? '' })}
      centered
    >
      <Text size="sm">{t('home.deleteBody')}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button
          color="red"
          loading={busy}
          onClick={async () => {
            if (!account) return;
            setBusy(true);
            try {
              await onConfirm(account);
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('home.deleteConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}
