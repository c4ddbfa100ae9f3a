import { Badge, Button, Group, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VIEW_KINDS, type ViewKind } from '../views/viewKinds';
import type { RoomLink } from './useRoomEvents';

interface Props {
  title: string;
  link: RoomLink;
  viewKind: ViewKind;
  onViewKind(kind: ViewKind): void;
  following: boolean;
  onFollow(on: boolean): void;
  onSendNote(): void;
  /** A phone: the header takes two rows, the controls their small sizes. */
  narrow: boolean;
}

/** The viewer's header height: one row on a laptop, two on a phone. */
export const roomHeaderHeight = (narrow: boolean) => (narrow ? 96 : 56);

/** What is shared and whether it is live, the view switch, following the presenter, and the note. */
export function RoomHeader({ title, link, viewKind, onViewKind, following, onFollow, onSendNote, narrow }: Props) {
  const { t } = useTranslation();
  const size = narrow ? 'xs' : 'sm';
  const heading = (
    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
      <Title order={1} size={narrow ? 'h5' : 'h4'} lineClamp={1} data-testid="room-title">
        {title}
      </Title>
      <Badge
        variant="light"
        color={link === 'live' ? 'teal' : 'orange'}
        style={{ flexShrink: 0 }}
        data-testid="room-link"
      >
        {link === 'live' ? t('room.viewer.live') : t('room.viewer.reconnecting')}
      </Badge>
    </Group>
  );
  const views = (
    <SegmentedControl
      size={size}
      style={{ flexShrink: 0 }}
      value={viewKind}
      onChange={(kind) => onViewKind(kind as ViewKind)}
      data={VIEW_KINDS.map((kind) => ({ value: kind, label: t(`views.${kind}`) }))}
      aria-label={t('views.label')}
      data-testid="view-switch"
    />
  );
  const followSwitch = (
    <Switch
      size={size}
      checked={following}
      onChange={(event) => onFollow(event.currentTarget.checked)}
      label={t(narrow ? 'room.viewer.followShort' : 'room.viewer.follow')}
      data-testid="room-follow"
    />
  );
  const note = (
    <Button size="xs" onClick={onSendNote} style={{ flexShrink: 0 }} data-testid="room-send-note">
      {t('room.viewer.sendNote')}
    </Button>
  );
  if (narrow) {
    return (
      <Stack gap={6} justify="center" h="100%">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          {heading}
          {note}
        </Group>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          {views}
          {followSwitch}
        </Group>
      </Stack>
    );
  }
  return (
    <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        {heading}
        {views}
      </Group>
      <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
        <Text size="xs" c="dimmed" visibleFrom="lg">
          {t('room.viewer.readOnly')}
        </Text>
        {followSwitch}
        {note}
      </Group>
    </Group>
  );
}
