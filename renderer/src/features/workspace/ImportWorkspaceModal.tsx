import { useState } from 'react';
import { Alert, Button, FileInput, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { MAX_WORKSPACE_FILE_BYTES } from '../../../../shared/api/methods/workspace';
import { api } from '../../api/client';
import { storeCommand } from '../../undo/storeCommand';
import { useUndo } from '../../undo/UndoContext';
import { importErrorLines } from './importProblems';

interface Props {
  opened: boolean;
  /** The account the file replaces; without it, the file's accounts are added as new ones. */
  replace?: { id: string; name: string };
  onClose(): void;
  /** After a successful import, with the accounts it made (or the replaced one). */
  onImported?(accountIds: string[]): void;
}

const sizeText = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Imports a workspace file: as new accounts (one undo step deletes them again), or in place of
 * one account, which the dialog says plainly before it happens (a backup is taken first). A file
 * with a problem imports nothing, and the dialog says where the problem is.
 */
export function ImportWorkspaceModal({ opened, replace, onClose, onImported }: Props) {
  const { t, i18n } = useTranslation();
  const undo = useUndo();
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const close = () => {
    if (busy) return;
    setFile(null);
    setProblems([]);
    onClose();
  };

  const run = async () => {
    if (!file) return;
    setProblems([]);
    if (file.size > MAX_WORKSPACE_FILE_BYTES) {
      setProblems([t('workspace.import.tooBig', { size: sizeText(MAX_WORKSPACE_FILE_BYTES) })]);
      return;
    }
    setBusy(true);
    try {
      const json = await file.text();
      const input = {
        fileName: file.name,
        json,
        mode: replace ? ('replace' as const) : ('new' as const),
        ...(replace ? { accountId: replace.id } : {}),
      };
      const result = await api.call('workspace.import', input);
      // Steps made before name rows of the replaced account that are no longer there.
      if (replace) undo.clear();
      if (!replace) {
        // Already imported: the first "redo" is the import just done; undo deletes what it made.
        let made = result;
        let first = true;
        await undo.perform(
          storeCommand(
            'workspace.importNew',
            async () => {
              if (first) {
                first = false;
                return;
              }
              made = await api.call('workspace.import', input);
            },
            async () => {
              for (const id of made.accountIds) await api.call('accounts.delete', { id });
              for (const id of made.teamMembersAdded) await api.call('team.delete', { id });
            },
          ),
        );
      }
      const lines = [
        replace
          ? t('workspace.import.doneReplace', { name: replace.name, file: file.name })
          : t('workspace.import.doneNew', { count: result.accountIds.length, file: file.name }),
      ];
      if (result.leftOut > 0) lines.push(t('workspace.import.oldFormat', { count: result.leftOut }));
      if (!result.includesPrivate) lines.push(t('workspace.import.withoutPrivate'));
      notifications.show({ message: lines.join(' '), autoClose: 6000 });
      setFile(null);
      setBusy(false);
      onClose();
      onImported?.(result.accountIds);
    } catch (error) {
      setProblems(importErrorLines(i18n, error));
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={replace ? t('workspace.import.titleReplace', { name: replace.name }) : t('workspace.import.titleNew')}
      size="lg"
    >
      <Stack gap="md" data-testid="import-workspace-dialog">
        <FileInput
          label={t('workspace.import.file')}
          description={t('workspace.import.fileHint')}
          placeholder={t('workspace.import.choose')}
          accept=".json,application/json"
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setProblems([]);
          }}
          clearable
          disabled={busy}
          data-testid="import-workspace-file"
          data-autofocus
        />
        {file && (
          <Text size="xs" c="dimmed">
            {t('workspace.import.chosen', { file: file.name, size: sizeText(file.size) })}
          </Text>
        )}
        {replace ? (
          <Alert color="red" variant="light">
            {t('workspace.import.replaceBody', { name: replace.name })}
          </Alert>
        ) : (
          <Text size="sm">{t('workspace.import.newBody')}</Text>
        )}
        {problems.length > 0 && (
          <Alert color="red" title={t('workspace.import.failed')} data-testid="import-workspace-problems" role="alert">
            <List size="sm" spacing={4}>
              {problems.map((line, index) => (
                <List.Item key={index}>{line}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {busy && (
          <Stack gap={4} role="status">
            <Text size="sm">{t('workspace.import.working', { file: file?.name ?? '' })}</Text>
            <Progress
              value={100}
              animated
              striped
              aria-label={t('workspace.import.working', { file: file?.name ?? '' })}
            />
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            color={replace ? 'red' : undefined}
            onClick={() => void run()}
            disabled={!file}
            loading={busy}
            data-testid="import-workspace-confirm"
          >
            {replace ? t('workspace.import.replaceConfirm', { name: replace.name }) : t('workspace.import.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
