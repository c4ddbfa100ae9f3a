import { useQuery } from '@tanstack/react-query';
import { api, queryKey } from '../../api/client';
import { useScope } from '../../api/scope';

/** While sharing, who has joined and what they sent change without a write of ours: look again this often. */
const WHILE_SHARING_MS = 2000;

/** The share of this computer, read in the owner's scope only (a shared screen has no business with it). */
export function useShareStatus() {
  const scope = useScope();
  return useQuery({
    queryKey: queryKey('shares.status', {}, 'owner'),
    queryFn: () => api.call('shares.status', {}, 'owner'),
    enabled: scope === 'owner',
    refetchInterval: (query) => (query.state.data?.sharing ? WHILE_SHARING_MS : false),
  });
}
