import type { Db } from '../db/connection';
import type { HandlersOf } from '../handlers';
import type { historyMethods } from '../../../shared/api/methods/history';
import { compareMap, mapAsOf, personHistory } from '../services/history';
import { setChangeReason } from '../services/historyReasons';

export function historyHandlers(db: Db): HandlersOf<keyof typeof historyMethods> {
  return {
    'history.person': ({ personId }) => personHistory(db, personId),
    'history.mapAsOf': ({ mapId, date, utcOffset }) => mapAsOf(db, mapId, date, utcOffset),
    'history.compare': ({ mapId, from, to, utcOffset }) => compareMap(db, mapId, from, to, utcOffset),
    'history.setReason': (input) => setChangeReason(db, input),
  };
}
