import type { HandlersOf, ScopedStore } from '../handlers';
import type { exportsMethods } from '../../../shared/api/methods/exports';
import { exportAccount, exportMapView } from '../services/exports';
import { exportVcards } from '../services/vcardExport';

/** Without `includePrivate` (and always in the public scope) an export reads the public scope. */
export function exportsHandlers(store: ScopedStore): HandlersOf<keyof typeof exportsMethods> {
  const source = (includePrivate: boolean) => (includePrivate ? store.db : store.publicDb);
  const included = (includePrivate: boolean) => includePrivate && store.scope === 'owner';
  return {
    'exports.account': ({ accountId, includePrivate }) =>
      exportAccount(source(includePrivate), accountId, included(includePrivate)),
    'exports.mapView': ({ includePrivate, ...input }) => exportMapView(source(includePrivate), input),
    'exports.vcard': ({ includePrivate, ...input }) =>
      exportVcards(source(includePrivate), { ...input, includePrivate: included(includePrivate) }),
  };
}
