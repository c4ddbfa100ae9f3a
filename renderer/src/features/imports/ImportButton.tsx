import { ActionIcon, Tooltip } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { openImport } from './importStore';

/** Opens the import wizard; in the account's header, so it is there on the map and on the people table. */
export function ImportButton() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('imports.button')}>
      <ActionIcon
        variant="default"
        size="lg"
        onClick={() => openImport()}
        aria-label={t('imports.button')}
        data-testid="import-open"
      >
        <IconFileImport size={18} />
      </ActionIcon>
    </Tooltip>
  );
}
