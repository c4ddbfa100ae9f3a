import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors';

/** Shown instead of the app when its backend cannot be used at all (not running, wrong token). */
export function BackendUnavailable({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : 'internal';
  return (
    <Center h="100%">
      <Stack align="center" maw={480} data-testid="backend-unavailable">
        <Title order={3}>{t('errors.title')}</Title>
        <Text ta="center">{t(`errors.${code}`)}</Text>
        <Button variant="default" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Center>
  );
}
