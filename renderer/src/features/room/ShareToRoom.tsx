import { useState } from 'react';
import { ActionIcon, Button, Indicator, Popover, Title, Tooltip } from '@mantine/core';
import { IconBroadcast } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SharePanel } from './SharePanel';
import { useShareStatus } from './useShareStatus';

interface Props {
  accountId: string;
  mapId: string;
  peopleNames: ReadonlyMap<string, string>;
  spot(): { x: number; y: number };
}

/**
 * "Share to the room" in the map's header: a panel beside the map (the host keeps editing while
 * the room watches) to start, read out the address and code, see who joined, take their notes,
 * and stop. While this map is shared the button says how many have joined.
 */
export function ShareToRoom(props: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const status = useShareStatus();
  const share = status.data;
  const sharingThis = share?.sharing === true && share.mapId === props.mapId;
  // Notes outlive the share until the host has placed or dismissed each one.
  const waiting = share?.inbox.length ?? 0;
  const label = t('room.share.button');
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={380}
      shadow="md"
      trapFocus
      returnFocus
      withinPortal
    >
      {/* The count wraps the target, so the popup's attributes land on the button itself. */}
      <Indicator label={waiting} size={16} disabled={waiting === 0} color="red" offset={4}>
        <Popover.Target>
          {sharingThis ? (
            <Button
              variant="light"
              color="teal"
              leftSection={<IconBroadcast size={16} />}
              onClick={() => setOpened((open) => !open)}
              data-testid="share-to-room"
            >
              {t('room.share.sharingButton', { count: share.viewers.length })}
            </Button>
          ) : (
            <Tooltip label={label}>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={label}
                onClick={() => setOpened((open) => !open)}
                data-testid="share-to-room"
              >
                <IconBroadcast size={18} />
              </ActionIcon>
            </Tooltip>
          )}
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown aria-labelledby="share-to-room-title" role="dialog" data-testid="share-panel">
        <Title order={2} size="h5" id="share-to-room-title" mb="xs">
          {t('room.share.title')}
        </Title>
        <SharePanel {...props} status={share ?? null} onChanged={() => void status.refetch()} />
      </Popover.Dropdown>
    </Popover>
  );
}
