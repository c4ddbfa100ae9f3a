import type { Db } from '../db/connection';
import type { HandlersOf } from '../handlers';
import type { exportsMethods } from '../../../shared/api/methods/exports';
import { exportAccount, exportMapView } from '../services/exports';

export function exportsHandlers(db: Db): HandlersOf<keyof typeof exportsMethods> {
  return {
    'exports.account': ({ accountId, includePrivate }) => exportAccount(db, accountId, includePrivate),
    'exports.mapView': (input) => exportMapView(db, input),
  };
}
