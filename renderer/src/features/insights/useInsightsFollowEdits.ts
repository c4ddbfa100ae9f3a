import { useEffect } from 'react';
import type { MethodName } from '../../../../shared/api/contract';
import { invalidate, queryClient } from '../../api/client';
import { INSIGHT_READS } from './useInsightCommands';

const isInsightRead = (method: unknown): boolean => INSIGHT_READS.includes(method as MethodName);

/**
 * Insights read the whole account, so any edit anywhere can change them. Rather than every
 * feature listing insight methods among its reads, they reload whenever another view's data is
 * invalidated (which every store command does after a write), at most once per tick.
 */
export function useInsightsFollowEdits(): void {
  useEffect(() => {
    let pending = false;
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'invalidate') return;
      if (isInsightRead(event.query.queryKey[0]) || pending) return;
      pending = true;
      queueMicrotask(() => {
        pending = false;
        void invalidate(...INSIGHT_READS);
      });
    });
  }, []);
}
