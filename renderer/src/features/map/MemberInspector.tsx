import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapItem, TeamMember } from '../../../../shared/api/entities';
import type { MapCommands } from './useMapCommands';

export function MemberInspector({
  member,
  item,
  commands,
  onGone,
}: {
  member: TeamMember;
  item: MapItem | undefined;
  commands: MapCommands;
  onGone(): void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="member-inspector">
      <Text fw={600}>{member.name}</Text>
      {member.title && <Text size="sm">{member.title}</Text>}
      <Text size="xs" c="dimmed">
        {t('inspector.memberOnMap')}
      </Text>
      {item && (
        <Button variant="default" mt="md" onClick={async () => (await commands.removeFromMap([item])) && onGone()}>
          {t('inspector.removeFromMap')}
        </Button>
      )}
    </Stack>
  );
}
