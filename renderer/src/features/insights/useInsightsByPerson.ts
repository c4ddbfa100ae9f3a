import { useMemo } from 'react';
import type { InsightView } from '../../../../shared/api/methods/insights';
import { useApi } from '../../api/client';

/** The open insights of a map, by the people they concern, for the markers on the cards. */
export function useInsightsByPerson(accountId: string, mapId?: string): Map<string, InsightView[]> {
  const list = useApi('insights.list', mapId ? { accountId, mapId } : { accountId });
  return useMemo(() => {
    const byPerson = new Map<string, InsightView[]>();
    for (const insight of list.data?.insights ?? []) {
      if (insight.state !== null) continue;
      for (const id of insight.personIds) byPerson.set(id, [...(byPerson.get(id) ?? []), insight]);
    }
    return byPerson;
  }, [list.data]);
}
