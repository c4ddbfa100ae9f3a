import { Alert, Button, FileButton, Progress, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './ImportWizard.module.css';
import { ACCESSIBLE_PRIMARY } from './accessibleColor';

interface Props {
  reading: { name: string; fraction: number } | null;
  error: string[] | null;
  onFile(file: File): void;
}

const ACCEPT =
  '.csv,.tsv,.txt,.xlsx,.vcf,.vcard,text/csv,text/vcard,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The first step: a file chosen with the button or dropped on the window. */
export function FileStep({ reading, error, onFile }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm">{t('imports.file.formats')}</Text>
      <FileButton onChange={(file) => file && onFile(file)} accept={ACCEPT}>
        {(props) => (
          <Button
            color={ACCESSIBLE_PRIMARY}
            {...props}
            leftSection={<IconFileImport size={16} />}
            disabled={reading !== null}
            data-testid="import-choose"
            w="fit-content"
            data-autofocus
          >
            {t('imports.file.choose')}
          </Button>
        )}
      </FileButton>
      <Text size="sm" className={classes.muted}>
        {t('imports.file.dropHint')}
      </Text>
      {reading && (
        <Stack gap={4}>
          <Text size="sm" id="import-reading">
            {t('imports.file.reading', { name: reading.name })}
          </Text>
          <Progress value={Math.round(reading.fraction * 100)} animated aria-labelledby="import-reading" />
        </Stack>
      )}
      {error && (
        <Alert color="red" role="alert" data-testid="import-error">
          {error.map((line) => (
            <Text size="sm" key={line}>
              {line}
            </Text>
          ))}
        </Alert>
      )}
    </Stack>
  );
}
