import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ApiError } from '../../../shared/api/errors';
import { refreshReadsOf } from '../api/client';
import { i18next } from '../i18n';
import { issueText } from './issueText';

/** Shows a failure in the user's language; for invalid input, which fields and why, in a person's words. */
export function reportError(error: unknown): void {
  const apiError = error instanceof ApiError ? error : new ApiError('internal', String(error));
  notifications.show({
    color: 'red',
    title: i18next.t('errors.title'),
    message: (
      <>
        <Text size="sm">{i18next.t(`errors.${apiError.code}`)}</Text>
        {apiError.issues.map((issue, index) => (
          <Text size="sm" key={`${index}:${issue.path}`} data-testid="error-issue">
            {issueText(i18next, issue, { method: apiError.method })}
          </Text>
        ))}
      </>
    ),
    autoClose: 8000,
  });
  if (apiError.code === 'internal') console.error(error);
  // The file itself may have changed state (damaged, read-only): the notice above every screen follows.
  if (apiError.code.startsWith('storage_')) void refreshReadsOf(['file_state']);
}

/** Confirms a destructive edit and offers the way back right there. */
export function notifyWithUndo(message: string, undo: () => void): void {
  const id = notifications.show({
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          // A long message wraps; the way back stays whole.
          style={{ flexShrink: 0 }}
          onClick={() => {
            notifications.hide(id);
            undo();
          }}
        >
          {i18next.t('common.undo')}
        </Button>
      </Group>
    ),
    autoClose: 6000,
  });
}
