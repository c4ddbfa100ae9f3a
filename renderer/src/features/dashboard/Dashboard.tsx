import { useEffect } from 'react';
import { SimpleGrid } from '@mantine/core';
import { invalidate, useApi } from '../../api/client';
import { localToday } from '../../app/localDate';
import { userTimeZone } from '../interactions/format';
import { Agenda } from './Agenda';
import { PortfolioMatrix } from './PortfolioMatrix';

/** The home screen's view across accounts: where each stands, and what is due. */
interface Props {
  /** The account list the home screen shows; when it changes (created, renamed, deleted) so does this. */
  accounts: unknown;
  onOpen(accountId: string): void;
  onOpenPerson(accountId: string, personId: string): void;
}

export function Dashboard({ accounts, onOpen, onOpenPerson }: Props) {
  const dashboard = useApi('dashboard.get', { today: localToday(), timeZone: userTimeZone() });
  // A summary of every account: whatever changed inside one, or to the list, shows on return.
  useEffect(() => void invalidate('dashboard.get', 'insights.statusAll'), [accounts]);
  if (!dashboard.data) return null;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} mb="lg" data-testid="dashboard">
      <PortfolioMatrix entries={dashboard.data.portfolio} onOpen={onOpen} />
      <Agenda dashboard={dashboard.data} onOpen={onOpen} onOpenPerson={onOpenPerson} />
    </SimpleGrid>
  );
}
