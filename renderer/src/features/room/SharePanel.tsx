import { useRef, useState } from 'react';
import { Button, Code, CopyButton, Divider, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ShareStatus } from '../../../../shared/api/methods/shares';
import { api } from '../../api/client';
import { reportError } from '../../app/notify';
import { formatClock } from './formatClock';
import { RoomInbox } from './RoomInbox';
import { RoomQrCode } from './RoomQrCode';
import { RoomViewers } from './RoomViewers';

interface Props {
  accountId: string;
  mapId: string;
  peopleNames: ReadonlyMap<string, string>;
  spot(): { x: number; y: number };
  status: ShareStatus | null;
  onChanged(): void;
}

/** The join code read out digit by digit ("4 0 2 …"), as a person reads it aloud. */
const spokenCode = (code: string) => code.split('').join(' ');

/** Start, what the room needs to join, who has joined, the inbox, stop. */
export function SharePanel({ accountId, mapId, peopleNames, spot, status, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  // The button pressed (Start, Put on the map) is gone afterwards: keep the focus in the panel, so
  // the keyboard (and Escape) still reach it.
  const keepFocus = () => panel.current?.closest<HTMLElement>('[role="dialog"]')?.focus();
  const sharingThis = status?.sharing === true && status.mapId === mapId;
  const sharingOther = status?.sharing === true && status.mapId !== mapId;

  const run = (work: () => Promise<unknown>, after?: () => void) => {
    setBusy(true);
    work()
      .then(after, reportError)
      .finally(() => {
        setBusy(false);
        onChanged();
      });
  };
  const start = () => run(() => api.call('shares.start', { mapId }), keepFocus);
  const stop = () =>
    run(
      () => api.call('shares.stop', {}),
      () => notifications.show({ message: t('room.share.stopped') }),
    );

  return (
    <Stack gap="sm" ref={panel}>
      {!sharingThis && (
        <>
          <Text size="sm">{t('room.share.intro')}</Text>
          {sharingOther && (
            <Text size="sm" c="orange" data-testid="share-elsewhere">
              {t('room.share.elsewhere')}
            </Text>
          )}
          <Button onClick={start} loading={busy} data-testid="share-start">
            {t(sharingOther ? 'room.share.startHere' : 'room.share.start')}
          </Button>
        </>
      )}
      {sharingThis && status.url && status.code && (
        <>
          <Group align="flex-start" wrap="nowrap" gap="md">
            <RoomQrCode value={status.url} label={t('room.share.qr', { url: status.url })} size={132} />
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Text size="xs" c="dimmed">
                {t('room.share.code')}
              </Text>
              <Text ff="monospace" fz={34} fw={700} lh={1.1} style={{ letterSpacing: '0.12em' }}>
                <span aria-hidden data-testid="share-code">
                  {status.code}
                </span>
                <VisuallyHidden>{spokenCode(status.code)}</VisuallyHidden>
              </Text>
              <Text size="xs" c="dimmed">
                {t('room.share.address')}
              </Text>
              <Code style={{ overflowWrap: 'anywhere' }} data-testid="share-url">
                {status.url}
              </Code>
              <CopyButton value={status.url}>
                {({ copied, copy }) => (
                  <Button size="compact-xs" variant="subtle" onClick={copy} w="fit-content">
                    {copied ? t('room.share.copied') : t('room.share.copy')}
                  </Button>
                )}
              </CopyButton>
            </Stack>
          </Group>
          {status.expiresAt && (
            <Text size="xs" c="dimmed" data-testid="share-expires">
              {t('room.share.expires', { time: formatClock(status.expiresAt, i18n.language) })}
            </Text>
          )}
          <Divider />
          <Title order={3} size="h6">
            {t('room.share.viewers', { count: status.viewers.length })}
          </Title>
          <RoomViewers viewers={status.viewers} />
        </>
      )}
      {status && (sharingThis || status.inbox.length > 0) && (
        <>
          <Divider />
          <Title order={3} size="h6">
            {t('room.share.inbox', { count: status.inbox.length })}
          </Title>
          <RoomInbox
            inbox={status.inbox}
            accountId={accountId}
            mapId={mapId}
            peopleNames={peopleNames}
            spot={spot}
            onChanged={() => {
              keepFocus();
              onChanged();
            }}
          />
        </>
      )}
      {sharingThis && (
        <Button color="red" variant="light" onClick={stop} loading={busy} data-testid="share-stop">
          {t('room.share.stop')}
        </Button>
      )}
    </Stack>
  );
}
