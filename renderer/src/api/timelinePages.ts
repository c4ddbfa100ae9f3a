import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/api/contract';
import type { InteractionsCursor } from '../../../shared/api/methods/interactions';
import type { Scope } from '../../../shared/domain/privacy';
import { api, pagesKey } from './client';
import { useScope } from './scope';

/** Which contacts a timeline shows: everything interactions.page takes but where a page starts. */
export type TimelineFilter = Omit<InputOf<'interactions.page'>, 'after'>;

/**
 * A timeline read page by page, newest first: each page starts after the last one's final
 * contact. Cached under the read's own key (marked as pages), so a write to a table the read
 * declares reloads every page loaded so far, as it does any other read.
 */
export const timelinePages = (filter: TimelineFilter, scope: Scope) =>
  infiniteQueryOptions({
    queryKey: pagesKey('interactions.page', filter, scope),
    queryFn: ({ pageParam }) =>
      api.call('interactions.page', pageParam ? { ...filter, after: pageParam } : filter, scope),
    initialPageParam: null as InteractionsCursor | null,
    getNextPageParam: (last) => last.next,
  });

interface Options {
  enabled?: boolean;
  /**
   * Whether the pages of an earlier filter show the same timeline (another filter of the same
   * account): those stay on screen until the new filter's first page is in, so the screen and its
   * filters stay where they are. Another account's or person's pages never stand in.
   */
  sameTimeline?(previous: TimelineFilter): boolean;
}

/** The timeline's pages loaded so far, in the window's scope. */
export function useTimelinePages(filter: TimelineFilter, { enabled = true, sameTimeline }: Options = {}) {
  const scope = useScope();
  const query = useInfiniteQuery({
    ...timelinePages(filter, scope),
    enabled,
    placeholderData: (previous, previousQuery) => {
      const before = previousQuery?.queryKey[1];
      return before && sameTimeline?.(before) ? keepPreviousData(previous) : undefined;
    },
  });
  const pages = query.data?.pages ?? [];
  return {
    ...query,
    items: pages.flatMap((page) => page.items),
    /** How many contacts the filter keeps in all; null until the first page is in. */
    total: pages[0]?.total ?? null,
  };
}
