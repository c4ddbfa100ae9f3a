import { useState } from 'react';
import { ActionIcon, Button, Checkbox, Menu, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { reportError } from '../../app/notify';
import { ExportPictureDialog, type PictureFormat } from '../mapPicture/ExportPictureDialog';
import { download, exportFileName } from './exportImage';

const NOTHING: ReadonlySet<string> = new Set();

export function ExportMenu({
  mapName,
  accountId,
  mapId,
  compact = false,
}: {
  mapName: string;
  accountId?: string;
  mapId: string;
  /** An icon alone, for a header short of room. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  // Off unless the user ticks it for this export: private notes stay out of exports by default.
  const [includePrivate, setIncludePrivate] = useState(false);
  const [picture, setPicture] = useState<{ format: PictureFormat; selectedIds: ReadonlySet<string> } | null>(null);
  const exportAs = (format: PictureFormat) => {
    if (flow.getNodes().length === 0) {
      notifications.show({ message: t('exportImage.empty') });
      return;
    }
    const selectedIds = new Set(
      flow
        .getNodes()
        .filter((node) => node.selected)
        .map((node) => node.id),
    );
    setPicture({ format, selectedIds });
  };
  // The whole account as a workspace file, which Powermap reads back (home screen → Workspace file).
  const exportAccount = async () => {
    if (!accountId) return;
    try {
      const data = await api.call('workspace.export', { accountId, includePrivate });
      const file = exportFileName(data.tables.accounts[0]?.name?.toString() ?? mapName, 'json');
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      download(url, file);
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      notifications.show({ message: t('exportImage.done', { file }), autoClose: 3000 });
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          {compact ? (
            <Tooltip label={t('exportImage.button')}>
              <ActionIcon variant="default" size="lg" aria-label={t('exportImage.button')} data-testid="export-menu">
                <IconDownload size={18} />
              </ActionIcon>
            </Tooltip>
          ) : (
            <Button variant="default" leftSection={<IconDownload size={16} />} data-testid="export-menu">
              {t('exportImage.button')}
            </Button>
          )}
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => exportAs('png')}>{t('exportImage.png')}</Menu.Item>
          <Menu.Item onClick={() => exportAs('svg')}>{t('exportImage.svg')}</Menu.Item>
          {accountId && (
            <Menu.Item onClick={() => void exportAccount()} data-testid="export-account">
              {t('workspace.exportAccount')}
            </Menu.Item>
          )}
          <Menu.Divider />
          <Menu.Item
            closeMenuOnClick={false}
            onClick={() => setIncludePrivate((on) => !on)}
            role="menuitemcheckbox"
            aria-checked={includePrivate}
            data-testid="export-include-private"
            leftSection={
              <Checkbox size="xs" checked={includePrivate} readOnly tabIndex={-1} style={{ pointerEvents: 'none' }} />
            }
          >
            {t('history.includePrivate')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ExportPictureDialog
        opened={picture !== null}
        onClose={() => setPicture(null)}
        mapId={mapId}
        mapName={mapName}
        format={picture?.format ?? 'png'}
        selectedIds={picture?.selectedIds ?? NOTHING}
      />
    </>
  );
}
