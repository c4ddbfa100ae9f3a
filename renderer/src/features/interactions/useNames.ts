import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../shared/api/methods/interactions';
import { useApi } from '../../api/client';

/** Names of the account's people and our team, for participants and commitments. */
export function useNames(accountId: string | null) {
  const { t } = useTranslation();
  const people = useApi('people.list', { accountId: accountId ?? '' }, accountId !== null);
  const team = useApi('team.list', {});
  return useMemo(() => {
    const personName = new Map(
      (people.data ?? []).map((p) => [p.id, p.name || p.title || t('people.unnamed')] as const),
    );
    const memberName = new Map((team.data ?? []).map((m) => [m.id, m.name] as const));
    const person = (id: string) => personName.get(id) ?? t('interactions.unknownPerson');
    const member = (id: string) => memberName.get(id) ?? t('interactions.unknownPerson');
    return {
      people: people.data ?? [],
      team: team.data ?? [],
      person,
      member,
      party: (party: Party) => (party.kind === 'person' ? person(party.id) : member(party.id)),
    };
  }, [people.data, team.data, t]);
}
