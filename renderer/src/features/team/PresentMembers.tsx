import { Avatar, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { initials } from './initials';

/** The other members who have this account open now, by their initials, each named on hover and to a screen reader. */
export function PresentMembers({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  if (names.length === 0) return null;
  return (
    <Tooltip.Group openDelay={200} closeDelay={100}>
      <Avatar.Group
        spacing="xs"
        role="group"
        aria-label={t('teamSync.badge.present', { names })}
        data-testid="team-present"
      >
        {names.map((name) => (
          <Tooltip key={name} label={name} withArrow>
            <Avatar size="sm" radius="xl" color="indigo" aria-label={name} role="img" tabIndex={0}>
              {initials(name)}
            </Avatar>
          </Tooltip>
        ))}
      </Avatar.Group>
    </Tooltip.Group>
  );
}
