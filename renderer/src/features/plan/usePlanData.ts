import { useMemo } from 'react';
import { useApi } from '../../api/client';
import type { Person, TeamMember } from '../../../../shared/api/entities';
import type { Goal } from '../../../../shared/api/methods/plan';

/** What the action plan of one account shows, with look-ups by id. */
export function usePlanData(accountId: string) {
  const account = useApi('accounts.get', { id: accountId });
  const goals = useApi('goals.list', { accountId });
  const actions = useApi('actions.list', { accountId });
  const reviews = useApi('reviews.list', { accountId });
  const people = useApi('people.list', { accountId });
  const team = useApi('team.list', {});
  const accountTeam = useApi('accountTeam.list', { accountId });
  const lookups = useMemo(() => {
    const peopleById = new Map<string, Person>((people.data ?? []).map((p) => [p.id, p]));
    const membersById = new Map<string, TeamMember>((team.data ?? []).map((m) => [m.id, m]));
    const goalsById = new Map<string, Goal>((goals.data ?? []).map((g) => [g.id, g]));
    // Owners offered: the account team first, then anyone else of ours (never another sample's team).
    const onTeam = new Set((accountTeam.data ?? []).map((e) => e.memberId));
    const owners = (team.data ?? [])
      .filter((m) => m.sampleAccountId === null || m.sampleAccountId === accountId)
      .sort((a, b) => Number(onTeam.has(b.id)) - Number(onTeam.has(a.id)));
    return { peopleById, membersById, goalsById, owners };
  }, [people.data, team.data, goals.data, accountTeam.data, accountId]);
  const ready = account.data && goals.data && actions.data && reviews.data && people.data && team.data;
  return ready
    ? {
        account: account.data,
        // A deleted person's goals wait, hidden, for an undo to bring the person back.
        goals: goals.data.filter((g) => g.personId === null || lookups.peopleById.has(g.personId)),
        actions: actions.data,
        reviews: reviews.data,
        people: people.data,
        ...lookups,
      }
    : null;
}

export type PlanData = NonNullable<ReturnType<typeof usePlanData>>;
