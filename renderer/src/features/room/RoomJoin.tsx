import { useState, type FormEvent } from 'react';
import { Alert, Button, Center, Paper, PinInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import { ViewerName } from '../../../../shared/api/methods/shares';
import { joinRoom, RoomError, type JoinedRoom } from '../../api/roomTransport';

const CODE_LENGTH = 6;

/** The first screen a viewer sees: their name and the join code from the host's screen. */
export function RoomJoin({ onJoined }: { onJoined(room: JoinedRoom): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [joining, setJoining] = useState(false);
  const nameOk = ViewerName.safeParse(name).success;
  const codeOk = new RegExp(`^\\d{${CODE_LENGTH}}$`).test(code);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!nameOk || !codeOk || joining) return;
    setJoining(true);
    setError(null);
    joinRoom(code, name.trim()).then(onJoined, (failure: unknown) => {
      setJoining(false);
      setCode('');
      if (failure instanceof RoomError && failure.code === 'locked_out') {
        setError(
          t('room.viewer.lockedOut', { minutes: Math.max(1, Math.ceil((failure.retryAfterSeconds ?? 60) / 60)) }),
        );
      } else {
        setError(t(`errors.${failure instanceof ApiError ? failure.code : 'internal'}`));
      }
    });
  };

  return (
    <Center mih="100vh" p="md">
      <Paper component="main" withBorder p="xl" radius="md" w={420} maw="100%">
        <form onSubmit={submit} aria-labelledby="room-join-title">
          <Stack>
            <Title order={1} size="h3" id="room-join-title">
              {t('room.viewer.joinTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('room.viewer.joinIntro')}
            </Text>
            <TextInput
              label={t('room.viewer.name')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              maxLength={40}
              autoComplete="name"
              required
              data-autofocus
              autoFocus
              data-testid="room-name"
            />
            <Stack gap={4}>
              <Text component="label" size="sm" fw={500} htmlFor="room-code">
                {t('room.viewer.code')}
              </Text>
              <PinInput
                id="room-code"
                length={CODE_LENGTH}
                type="number"
                oneTimeCode
                value={code}
                onChange={setCode}
                aria-label={t('room.viewer.code')}
                getInputProps={(index) => ({
                  'aria-label': `${t('room.viewer.code')} ${index + 1} / ${CODE_LENGTH}`,
                })}
                data-testid="room-code"
              />
              <Text size="xs" c="dimmed">
                {t('room.viewer.codeHint')}
              </Text>
            </Stack>
            {error && (
              <Alert color="red" role="alert" data-testid="room-join-error">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={joining} disabled={!nameOk || !codeOk} data-testid="room-join">
              {t('room.viewer.join')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
