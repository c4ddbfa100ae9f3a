import type { Db } from '../db/connection';
import type { HandlersOf } from '../handlers';
import type { insightsMethods } from '../../../shared/api/methods/insights';
import { accountStatus, allStatuses, findPathToPower, listInsights } from '../services/insights';
import { dismissInsight, snoozeInsight, writeState } from '../services/insightsStates';
import { getThresholds, setThresholds } from '../services/insightsThresholds';

export function insightsHandlers(db: Db): HandlersOf<keyof typeof insightsMethods> {
  return {
    'insights.list': ({ accountId, mapId }) => listInsights(db, accountId, mapId),
    'insights.status': ({ accountId, mapId }) => accountStatus(db, accountId, mapId),
    'insights.statusAll': () => allStatuses(db),
    'insights.dismiss': ({ reason, ...target }) => dismissInsight(db, target, reason),
    'insights.snooze': ({ reason, until, ...target }) => snoozeInsight(db, target, reason, until),
    'insights.restore': ({ previous, ...target }) => writeState(db, target, previous),
    'insights.getThresholds': () => getThresholds(db),
    'insights.setThresholds': (patch) => setThresholds(db, patch),
    'insights.pathToPower': ({ accountId, targetId, mapId }) => findPathToPower(db, accountId, targetId, mapId),
  };
}
