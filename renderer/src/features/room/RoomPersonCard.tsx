import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapView } from '../../../../shared/api/entities';

/**
 * A person's card as the room sees it: who they are and how we assess them. What reaches this
 * page is already the public view, so nothing private could show here even by mistake.
 */
export function RoomPersonCard({ view, personId }: { view: MapView; personId: string | null }) {
  const { t } = useTranslation();
  const person = personId ? view.people.find((candidate) => candidate.id === personId) : undefined;
  if (!person) {
    return (
      <Text size="sm" c="dimmed">
        {t('room.viewer.cardEmpty')}
      </Text>
    );
  }
  const unit = view.orgUnits.find((candidate) => candidate.id === person.orgUnitId);
  const rows: [string, string][] = [
    [t('inspector.jobTitle'), person.title],
    [t('inspector.orgUnit'), unit?.name ?? t('inspector.noOrgUnit')],
    [t('inspector.role'), t(`enums.role.${person.role}`)],
    [t('inspector.influence'), String(person.influence)],
    [t('inspector.stance'), t(`enums.stance.${person.stance}`)],
    [t('inspector.access'), `${person.access} · ${t(`enums.access.${person.access}`)}`],
    [t('inspector.progress'), t(`enums.progress.${person.progress}`)],
  ];
  return (
    <Stack gap="xs" data-testid="room-person-card">
      <Title order={3} size="h4">
        {person.name || t('card.placeholder')}
      </Title>
      <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={0}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" fw={500} c="dimmed" fz="sm" w="45%">
                {label}
              </Table.Th>
              <Table.Td fz="sm">{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
