import { Badge, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapStatusView } from '../../../../shared/api/methods/insights';
import { useApi } from '../../api/client';

export const STATUS_COLOR = { red: 'red', amber: 'yellow', green: 'teal' } as const;

/** The light itself, with why it has its colour in the tooltip (docs/method.md, "Status light"). */
export function StatusLight({ status, size = 'md' }: { status: MapStatusView; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  const label = t(`insights.status.label.${status.status}`);
  return (
    <Tooltip
      multiline
      w={280}
      label={
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('insights.status.title', { status: label })}
          </Text>
          {status.reasons.map((reason) => (
            <Text size="xs" key={reason.code}>
              • {t(`insights.status.reason.${reason.code}`, { count: reason.count })}
            </Text>
          ))}
        </Stack>
      }
    >
      <Badge
        size={size}
        variant="filled"
        color={STATUS_COLOR[status.status]}
        leftSection="●"
        data-testid="status-badge"
        data-status={status.status}
        aria-label={t('insights.status.title', { status: label })}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}

/** The status of an account, or of one map of it, loaded on its own. */
export function StatusBadge({
  accountId,
  mapId,
  size,
}: {
  accountId: string;
  mapId?: string;
  size?: 'sm' | 'md' | 'lg';
}) {
  const status = useApi('insights.status', mapId ? { accountId, mapId } : { accountId });
  return status.data ? <StatusLight status={status.data} size={size} /> : null;
}

/** Every account's status at once, for the home screen's cards. */
export function useAllStatuses(): Map<string, MapStatusView> {
  const all = useApi('insights.statusAll', {});
  return new Map((all.data ?? []).map((entry) => [entry.accountId, entry.status]));
}
