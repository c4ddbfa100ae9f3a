import { Group, List, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Viewer } from '../../../../shared/api/methods/shares';
import { formatClock } from './formatClock';

/** Who has joined, and whether their page is following now. */
export function RoomViewers({ viewers }: { viewers: Viewer[] }) {
  const { t, i18n } = useTranslation();
  if (viewers.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="room-no-viewers">
        {t('room.share.noViewers')}
      </Text>
    );
  }
  return (
    <List spacing={4} size="sm" listStyleType="none" data-testid="room-viewers">
      {viewers.map((viewer) => (
        <List.Item key={viewer.id} data-testid="room-viewer">
          <Group gap={8} wrap="nowrap">
            <ThemeIcon size={10} radius="xl" color={viewer.connected ? 'teal' : 'gray'} aria-hidden />
            <Text size="sm" fw={500} truncate>
              {viewer.name}
            </Text>
            <Text size="xs" c="dimmed">
              {viewer.connected
                ? t('room.share.joinedAt', { time: formatClock(viewer.joinedAt, i18n.language) })
                : t('room.share.away')}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
