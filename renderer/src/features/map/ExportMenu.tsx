import { useState } from 'react';
import { Button, Checkbox, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { reportError } from '../../app/notify';
import { withPublicView } from '../history/publicView';
import { download, exportFileName, renderMapImage, type ImageFormat } from './exportImage';

export function ExportMenu({ mapName, accountId }: { mapName: string; accountId?: string }) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  // Off unless the user ticks it for this export: private notes stay out of pictures by default.
  const [includePrivate, setIncludePrivate] = useState(false);
  const exportAs = async (format: ImageFormat) => {
    const nodes = flow.getNodes();
    if (nodes.length === 0) {
      notifications.show({ message: t('exportImage.empty') });
      return;
    }
    try {
      const file = exportFileName(mapName, format);
      const render = () => renderMapImage(flow.getNodes(), format);
      download(await (includePrivate ? render() : withPublicView(render)), file);
      notifications.show({ message: t('exportImage.done', { file }), autoClose: 3000 });
    } catch (error) {
      reportError(error);
    }
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
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} data-testid="export-menu">
          {t('exportImage.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void exportAs('png')}>{t('exportImage.png')}</Menu.Item>
        <Menu.Item onClick={() => void exportAs('svg')}>{t('exportImage.svg')}</Menu.Item>
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
  );
}
