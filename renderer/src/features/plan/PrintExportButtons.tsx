import { Button } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { reportError } from '../../app/notify';

interface Props {
  onExportCsv(): void | Promise<void>;
  /** Offers the sheet as an Excel workbook too, beside the CSV. */
  onExportXlsx?(): void | Promise<void>;
  exportDisabled?: boolean;
  /** Names the buttons for tests: `<prefix>-print`, `<prefix>-export-csv`. */
  testIdPrefix?: string;
}

/** The ways a planning sheet leaves the app: the print stylesheet, a CSV, and an Excel workbook where offered. */
export function PrintExportButtons({ onExportCsv, onExportXlsx, exportDisabled, testIdPrefix }: Props) {
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
      {onExportXlsx && (
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          onClick={() => void Promise.resolve(onExportXlsx()).catch(reportError)}
          disabled={exportDisabled}
          data-testid={testIdPrefix && `${testIdPrefix}-export-xlsx`}
        >
          {t('workspace.xlsx.plan')}
        </Button>
      )}
    </>
  );
}
