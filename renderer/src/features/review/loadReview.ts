import type { Scope } from '../../../../shared/domain/privacy';
import { api } from '../../api/client';

/**
 * Everything the review prints, read in one go in `scope`: the public scope, unless the user
 * ticked private notes, so nothing private is even loaded into a review meant to be handed out.
 */
export async function loadReview(accountId: string, scope: Scope) {
  const call: typeof api.call = (method, input) => api.call(method, input, scope);
  const [account, maps, people, relations, team, accountTeam, insights, goals, actions, reviews, cells, competitors] =
    await Promise.all([
      call('accounts.get', { id: accountId }),
      call('maps.list', { accountId }),
      call('people.list', { accountId }),
      call('relations.list', { accountId }),
      call('team.list', {}),
      call('accountTeam.list', { accountId }),
      call('insights.list', { accountId }),
      call('goals.list', { accountId }),
      call('actions.list', { accountId }),
      call('reviews.list', { accountId }),
      call('analysis.get', { accountId }),
      call('competitors.list', { accountId }),
    ]);
  // The account's own map (not a deal's) is the one the review shows.
  const main = maps.find((map) => map.opportunityId === null) ?? maps[0];
  const map = main ? await call('exports.mapView', { mapId: main.id, includePrivate: scope === 'owner' }) : null;
  return { account, map, people, relations, team, accountTeam, insights, goals, actions, reviews, cells, competitors };
}

export type ReviewData = Awaited<ReturnType<typeof loadReview>>;
