import type { InfiniteData } from '@tanstack/react-query';
import type { InputOf, MethodName } from '../../../shared/api/contract';
import type { Scope } from '../../../shared/domain/privacy';
import { api, PAGES, queryClient, queryKey } from './client';
import { timelinePages, type TimelineFilter } from './timelinePages';

/**
 * Loads, in `scope`, everything the screens on show read now, so that switching the window to
 * that scope shows the new data at once instead of loading screens (or a moment of the old data).
 * A paged read loads as many pages there as it shows here.
 */
export async function preloadIn(scope: Scope): Promise<void> {
  const shown = queryClient.getQueryCache().findAll({ type: 'active' });
  await Promise.all(
    shown.map((query) => {
      const [method, input, , marker] = query.queryKey as [MethodName, InputOf<MethodName>, Scope, string?];
      if (marker === PAGES && method === 'interactions.page') {
        const pages = (query.state.data as InfiniteData<unknown> | undefined)?.pages.length ?? 1;
        return queryClient.prefetchInfiniteQuery({ ...timelinePages(input as TimelineFilter, scope), pages });
      }
      return queryClient.prefetchQuery({
        queryKey: queryKey(method, input, scope),
        queryFn: () => api.call(method, input, scope),
      });
    }),
  );
}
