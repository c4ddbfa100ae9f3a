import { Button } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { reportError } from '../../app/notify';

interface Props {
  onExportCsv(): void | Promise<void>;
  exportDisabled?: boolean;
  /** Names the buttons for tests: `<prefix>-print`, `<prefix>-export-csv`. */
  testIdPrefix?: string;
}

/** The two ways a planning sheet leaves the app: the print stylesheet, and a CSV for Excel. */
export function PrintExportButtons({ onExportCsv, exportDisabled, testIdPrefix }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPrinter size={16} />}
        onClick={() => window.print()}
        data-testid={testIdPrefix && `${testIdPrefix}-print`}
      >
        {t('plan.print')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconDownload size={16} />}
        onClick={() => void Promise.resolve(onExportCsv()).catch(reportError)}
        disabled={exportDisabled}
        data-testid={testIdPrefix && `${testIdPrefix}-export-csv`}
      >
        {t('plan.exportCsv')}
      </Button>
    </>
  );
}
