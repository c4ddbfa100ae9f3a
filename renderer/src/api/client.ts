import { QueryClient, useQuery } from '@tanstack/react-query';
import { createClient } from '../../../shared/api/client';
import { contract, type InputOf, type MethodName, type OutputOf } from '../../../shared/api/contract';
import { readsAffectedBy } from '../../../shared/api/refresh';
import type { Table } from '../../../shared/api/tables';
import type { Scope } from '../../../shared/domain/privacy';
import { currentScope, useScope } from './scope';
import { pickTransport } from './transport';

const client = createClient(pickTransport());

/** Settles once every reload started by a write so far has finished (see storeCommand). */
let refreshing: Promise<unknown> = Promise.resolve();
export const refreshesSettled = (): Promise<unknown> => refreshing;

/**
 * Every call goes out in the window's current scope (see scope.ts), unless told otherwise. After a
 * write, done or failed (a failure may have changed the file's state), every view that reads a
 * table the write declares reloads, so an edit on one screen shows on every other. The call does
 * not wait for those reloads (a write that leads elsewhere goes there at once); undo steps do.
 */
export const api = {
  async call<M extends MethodName>(method: M, input: InputOf<M>, scope: Scope = currentScope()): Promise<OutputOf<M>> {
    const spec = contract[method];
    if (!('writes' in spec)) return client.call(method, input, scope);
    try {
      return await client.call(method, input, scope);
    } finally {
      refreshing = Promise.all([refreshing, refreshReadsOf(spec.writes)]);
    }
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

/** What a paged read is cached under: its read's key, marked so that no plain read of the same input shares it. */
export const PAGES = 'pages';
export const pagesKey = <M extends MethodName>(method: M, input: InputOf<M>, scope: Scope = currentScope()) =>
  [...queryKey(method, input, scope), PAGES] as const;

export function useApi<M extends MethodName>(method: M, input: InputOf<M>, enabled = true) {
  const scope = useScope();
  return useQuery<OutputOf<M>>({
    queryKey: queryKey(method, input, scope),
    queryFn: () => api.call(method, input, scope),
    enabled,
  });
}

/** Every view that reads one of these tables reloads from the store (those on screen at once). */
export function refreshReadsOf(tables: readonly Table[]): Promise<void> {
  const affected = readsAffectedBy(tables);
  return queryClient.invalidateQueries({ predicate: (query) => affected.has(query.queryKey[0] as MethodName) });
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
