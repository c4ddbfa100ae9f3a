import { SimpleGrid } from '@mantine/core';
import { useApi } from '../../api/client';
import { localToday } from '../../app/localDate';
import { userTimeZone } from '../interactions/format';
import { Agenda } from './Agenda';
import { PortfolioMatrix } from './PortfolioMatrix';

/** The home screen's view across accounts: where each stands, and what is due. */
interface Props {
  onOpen(accountId: string): void;
  onOpenPerson(accountId: string, personId: string): void;
}

export function Dashboard({ onOpen, onOpenPerson }: Props) {
  const dashboard = useApi('dashboard.get', { today: localToday(), timeZone: userTimeZone() });
  if (!dashboard.data) return null;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} mb="lg" data-testid="dashboard">
      <PortfolioMatrix entries={dashboard.data.portfolio} onOpen={onOpen} />
      <Agenda dashboard={dashboard.data} onOpen={onOpen} onOpenPerson={onOpenPerson} />
    </SimpleGrid>
  );
}
