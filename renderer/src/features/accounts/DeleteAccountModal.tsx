import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/api/entities';
import { ConfirmDialog } from '../../app/ConfirmDialog';

interface Props {
  account: AccountSummary | null;
  onClose(): void;
  onConfirm(account: AccountSummary): Promise<void>;
}

export function DeleteAccountModal({ account, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <ConfirmDialog
      opened={account !== null}
      title={t('home.deleteTitle', { name: account?.name ?? '' })}
      message={t('home.deleteBody')}
      confirmLabel={t('home.deleteConfirm')}
      irreversible
      busy={busy}
      onCancel={onClose}
      onConfirm={async () => {
        if (!account) return;
        setBusy(true);
        try {
          await onConfirm(account);
        } finally {
          setBusy(false);
        }
      }}
    />
  );
}
