import { QueryClient, useQuery } from '@tanstack/react-query';
import { createClient } from '../../../shared/api/client';
import type { InputOf, MethodName, OutputOf } from '../../../shared/api/contract';
import type { Scope } from '../../../shared/domain/privacy';
import { currentScope, useScope } from './scope';
import { pickTransport } from './transport';

const client = createClient(pickTransport());

/** Every call goes out in the window's current scope (see scope.ts), unless told otherwise. */
export const api = {
  call<M extends MethodName>(method: M, input: InputOf<M>, scope: Scope = currentScope()): Promise<OutputOf<M>> {
    return client.call(method, input, scope);
  },
};

export const queryClient = new QueryClient({
  defaultOptions: {
    // The store is local and changes only through this app: data is fresh until we say otherwise.
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
  },
});

/** What a read is cached under: the method, its input and the scope it was read in. */
export const queryKey = <M extends MethodName>(method: M, input: InputOf<M>, scope: Scope = currentScope()) =>
  [method, input, scope] as const;

export function useApi<M extends MethodName>(method: M, input: InputOf<M>, enabled = true) {
  const scope = useScope();
  return useQuery<OutputOf<M>>({
    queryKey: queryKey(method, input, scope),
    queryFn: () => api.call(method, input, scope),
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
 * Loads, in `scope`, everything the screens on show read now, so that switching the window to
 * that scope shows the new data at once instead of loading screens (or a moment of the old data).
 */
export async function preloadIn(scope: Scope): Promise<void> {
  const shown = queryClient.getQueryCache().findAll({ type: 'active' });
  await Promise.all(
    shown.map((query) => {
      const [method, input] = query.queryKey as [MethodName, InputOf<MethodName>];
      return queryClient.prefetchQuery({
        queryKey: queryKey(method, input, scope),
        queryFn: () => api.call(method, input, scope),
      });
    }),
  );
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
