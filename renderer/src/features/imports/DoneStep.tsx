import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './ImportWizard.module.css';
import type { OutputOf } from '../../../../shared/api/contract';
import { keysOf } from '../../actions/platform';

/** The last step: what the import added, updated and skipped, and the way back. */
export function DoneStep({ result }: { result: OutputOf<'imports.commit'> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="import-summary">
      <Text fw={600} role="status">
        {t('imports.done.title')}
      </Text>
      <List>
        <List.Item>{t('imports.done.created', { count: result.created })}</List.Item>
        <List.Item>{t('imports.done.updated', { count: result.updated })}</List.Item>
        <List.Item>{t('imports.done.skipped', { count: result.skipped })}</List.Item>
      </List>
      <Text size="sm" className={classes.muted}>
        {t('imports.done.undoHint', { keys: keysOf('app.undo') })}
      </Text>
    </Stack>
  );
}
