import type { Db } from '../db/connection';
import type { HandlersOf } from '../handlers';
import type { dashboardMethods } from '../../../shared/api/methods/dashboard';
import { getDashboard } from '../services/dashboard';

export function dashboardHandlers(db: Db): HandlersOf<keyof typeof dashboardMethods> {
  return { 'dashboard.get': ({ today, timeZone }) => getDashboard(db, today, timeZone) };
}
