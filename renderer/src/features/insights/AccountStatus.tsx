import { StatusLight, useAllStatuses } from './StatusBadge';

/**
 * The light of one account on the home screen. Every card shares one `insights.statusAll` query,
 * so a dashboard of fifty accounts asks once.
 */
export function AccountStatus({ accountId }: { accountId: string }) {
  const status = useAllStatuses().get(accountId);
  return status ? <StatusLight status={status} size="sm" /> : null;
}
