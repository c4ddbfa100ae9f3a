import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { reportError } from '../../app/notify';
import { datedFileName, saveBlob } from './saveFile';

interface Props {
  opened: boolean;
  accountId: string;
  /** The people to write. */
  personIds: readonly string[];
  /** What the file is named after: the person, or the account. */
  fileBase: string;
  onClose(): void;
}

/** Saves people as a vCard 4.0 file; personal details only when ticked here, for this file. */
export function VcardExportModal({ opened, accountId, personIds, fileBase, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [includePrivate, setIncludePrivate] = useState(false);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setIncludePrivate(false);
    onClose();
  };
  const run = async () => {
    setBusy(true);
    try {
      const { text } = await api.call('exports.vcard', {
        accountId,
        personIds: [...personIds],
        includePrivate,
        language: i18n.language === 'zh-CN' ? 'zh-CN' : 'en',
      });
      const file = datedFileName(fileBase, 'vcf');
      saveBlob(new Blob([text], { type: 'text/vcard;charset=utf-8' }), file);
      notifications.show({ message: t('workspace.vcard.done', { file }), autoClose: 3000 });
      close();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={t('workspace.vcard.title', { count: personIds.length })}>
      <Stack gap="md" data-testid="vcard-dialog">
        <Text size="sm">{t('workspace.vcard.body')}</Text>
        <Checkbox
          checked={includePrivate}
          onChange={(event) => setIncludePrivate(event.currentTarget.checked)}
          label={t('workspace.vcard.includePrivate')}
          data-testid="vcard-private"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void run()} loading={busy} data-testid="vcard-confirm" data-autofocus>
            {t('workspace.vcard.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
