import { useState } from 'react';
import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { JoinedRoom } from '../../api/roomTransport';
import { RoomJoin } from './RoomJoin';
import { RoomViewer } from './RoomViewer';

/** The viewer's page in the room: join with the code, follow the shared map, until the host stops. */
export function RoomApp() {
  const { t } = useTranslation();
  const [room, setRoom] = useState<JoinedRoom | null>(null);
  const [ended, setEnded] = useState(false);
  if (ended) {
    return (
      <Center mih="100vh" p="md">
        <Paper component="main" withBorder p="xl" radius="md" w={420} maw="100%" data-testid="room-ended">
          <Stack>
            <Title order={1} size="h3">
              {t('room.viewer.endedTitle')}
            </Title>
            <Text>{t('room.viewer.endedBody')}</Text>
          </Stack>
        </Paper>
      </Center>
    );
  }
  if (!room) return <RoomJoin onJoined={setRoom} />;
  return (
    <ReactFlowProvider>
      <RoomViewer room={room} onEnded={() => setEnded(true)} />
    </ReactFlowProvider>
  );
}
