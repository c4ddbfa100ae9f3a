import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/api/entities';
import { useApi } from '../../api/client';
import { reportError } from '../../app/notify';
import { saveXlsx } from '../workspace/saveXlsx';
import { VcardExportModal } from '../workspace/VcardExportModal';
import { peopleSheet } from './peopleXlsx';
import type { PeopleLookups } from './usePeopleData';

interface Props {
  accountId: string;
  /** The rows as the table shows them (filtered and sorted). */
  shown: readonly Person[];
  /** The people ticked in the table; vCards are of them when any are, else of everyone shown. */
  selectedIds: readonly string[];
  lookups: PeopleLookups;
}

/** How the people table leaves the app: an Excel workbook of the rows shown, or vCards. */
export function PeopleExportMenu({ accountId, shown, selectedIds, lookups }: Props) {
  const { t } = useTranslation();
  const account = useApi('accounts.get', { id: accountId });
  const [vcards, setVcards] = useState(false);
  const name = account.data?.name ?? '';
  const vcardIds = selectedIds.length > 0 ? selectedIds : shown.map((person) => person.id);
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} />}
            disabled={shown.length === 0}
            data-testid="people-export-menu"
          >
            {t('exportImage.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            data-testid="people-export-xlsx"
            onClick={() =>
              void saveXlsx(`${name} — ${t('workspace.xlsx.peopleSheet')}`, [peopleSheet(shown, lookups, t)], t).catch(
                reportError,
              )
            }
          >
            {t('workspace.xlsx.people')}
          </Menu.Item>
          <Menu.Item data-testid="people-export-vcard" onClick={() => setVcards(true)}>
            {t('workspace.vcard.menu')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <VcardExportModal
        opened={vcards}
        accountId={accountId}
        personIds={vcardIds}
        fileBase={`${name} — ${t('workspace.vcard.fileName')}`}
        onClose={() => setVcards(false)}
      />
    </>
  );
}
