import { useState } from 'react';
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconFilePlus, IconFolderOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import { api, useApi } from '../../api/client';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { reportError } from '../../app/notify';

/** A copy's suggested name: beside the open file, with today's date. */
function suggestedCopyPath(databasePath: string): string {
  const slash = Math.max(databasePath.lastIndexOf('/'), databasePath.lastIndexOf('\\'));
  const folder = databasePath.slice(0, slash + 1);
  const name = databasePath.slice(slash + 1).replace(/\.sqlite$/i, '');
  return `${folder}${name} copy ${new Date().toISOString().slice(0, 10)}.sqlite`;
}

/**
 * The open database file: where it is, and a consistent copy of it while Powermap runs. The
 * desktop app asks for the place with the system's save dialog; in a browser the path is typed.
 */
export function DatabaseFileSection() {
  const { t } = useTranslation();
  const status = useApi('files.status', {});
  const bridge = window.powermap;
  const [target, setTarget] = useState<string | null>(null);
  const [replacing, setReplacing] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!status.data) return null;
  const path = target ?? suggestedCopyPath(status.data.path);

  const save = async (overwrite: boolean) => {
    setBusy(true);
    try {
      const copy = await api.call('files.saveCopy', { path, overwrite });
      setReplacing(false);
      notifications.show({ message: t('files.database.copySaved', { path: copy.path }), autoClose: 6000 });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') setReplacing(true);
      else reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" data-testid="database-file">
      <div>
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {t('files.database.title')}
          </Text>
          {status.data.encrypted && (
            <Badge size="xs" variant="light">
              {t('files.database.encrypted')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }} data-testid="database-path">
          {status.data.path}
        </Text>
      </div>
      {bridge ? (
        <Group gap="xs">
          <Button
            variant="default"
            size="compact-sm"
            leftSection={<IconCopy size={14} />}
            onClick={() => void bridge.fileCommand('save-copy').catch(reportError)}
          >
            {t('files.database.saveCopy')}
          </Button>
          <Button
            variant="default"
            size="compact-sm"
            leftSection={<IconFolderOpen size={14} />}
            onClick={() => void bridge.fileCommand('open-database').catch(reportError)}
          >
            {t('files.database.openOther')}
          </Button>
          <Button
            variant="default"
            size="compact-sm"
            leftSection={<IconFilePlus size={14} />}
            onClick={() => void bridge.fileCommand('new-database').catch(reportError)}
          >
            {t('files.database.newDatabase')}
          </Button>
        </Group>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save(false);
          }}
        >
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('files.database.copyPath')}
              description={t('files.database.copyPathHint')}
              value={path}
              onChange={(event) => setTarget(event.currentTarget.value)}
              data-testid="copy-path"
            />
            <Button type="submit" variant="default" loading={busy} leftSection={<IconCopy size={14} />}>
              {t('files.database.saveCopyButton')}
            </Button>
          </Group>
        </form>
      )}
      <ConfirmDialog
        opened={replacing}
        title={t('files.database.replaceTitle', { name: path.split(/[\\/]/).pop() ?? path })}
        message={t('files.database.replaceBody')}
        confirmLabel={t('files.database.replace')}
        irreversible
        busy={busy}
        onCancel={() => setReplacing(false)}
        onConfirm={() => void save(true)}
      />
    </Stack>
  );
}
