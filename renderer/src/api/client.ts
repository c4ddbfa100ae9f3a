import { QueryClient, useQuery } from '@tanstack/react-query';
import { createClient } from '../../../shared/api/client';
import type { InputOf, MethodName, OutputOf } from '../../../shared/api/contract';
import { pickTransport } from './transport';

export const api = createClient(pickTransport());

export const queryClient = new QueryClient({
  defaultOptions: {
    // The store is local and changes only through this app: data is fresh until we say otherwise.
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
  },
});

export const queryKey = <M extends MethodName>(method: M, input: InputOf<M>) => [method, input] as const;

export function useApi<M extends MethodName>(method: M, input: InputOf<M>, enabled = true) {
  return useQuery<OutputOf<M>>({
    queryKey: queryKey(method, input),
    queryFn: () => api.call(method, input),
    enabled,
  });
}

/** After a write, every view that reads any of these methods reloads from the store. */
export function invalidate(...methods: MethodName[]): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => methods.includes(query.queryKey[0] as MethodName),
  });
}

/**
 * Starts loading an account's maps and its first map while the pointer rests on it, so opening it
 * does not wait for two requests in a row.
 */
export async function prefetchAccount(accountId: string): Promise<void> {
  const maps = await queryClient.fetchQuery({
    queryKey: queryKey('maps.list', { accountId }),
    queryFn: () => api.call('maps.list', { accountId }),
  });
  const first = maps[0];
  if (first) {
    await queryClient.prefetchQuery({
      queryKey: queryKey('maps.view', { mapId: first.id }),
      queryFn: () => api.call('maps.view', { mapId: first.id }),
    });
  }
}
