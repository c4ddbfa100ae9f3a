import { memo } from 'react';
import { Badge, Group, Paper, Text, Tooltip } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OpportunityOverride, Person } from '../../../../shared/api/entities';
import { INFLUENCE_MAX } from '../../../../shared/domain/enums';
import { STANCE_COLOR } from '../map/stanceStyle';
import { useReadOnly } from '../map/readOnlyContext';

interface Props {
  person: Person | null;
  /** The person's override on this opportunity's map, if any. */
  override: OpportunityOverride | null;
  opportunityName: string | null;
}

/** The selected person at a glance (name, role, influence, stance), or how to use the grid. */
function GridDetailsView({ person, override, opportunityName }: Props) {
  const readOnly = useReadOnly();
  const { t } = useTranslation();
  const mark = (field: 'role' | 'influence' | 'stance') =>
    override?.[field] != null && (
      <Tooltip label={t('gridView.overriddenFor', { opportunity: opportunityName ?? '' })}>
        <IconTargetArrow size={14} color="var(--mantine-color-violet-6)" aria-label={t('gridView.overridden')} />
      </Tooltip>
    );
  return (
    <Paper
      withBorder
      radius={0}
      px="md"
      py={6}
      mih={52}
      data-testid="grid-details"
      style={{ borderWidth: '0 0 1px 0' }}
    >
      {person ? (
        <Group gap="sm" wrap="nowrap" h={40}>
          <div style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" truncate data-testid="grid-details-name">
              {person.isPlaceholder && !person.name ? t('card.placeholder') : person.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {person.title || '\u00a0'}
            </Text>
          </div>
          <Group gap={4} wrap="nowrap" ml="auto">
            <Badge variant="light" color="gray" tt="none" data-testid="grid-details-role">
              {t(`enums.role.${person.role}`)}
            </Badge>
            {mark('role')}
          </Group>
          <Group gap={4} wrap="nowrap">
            <Badge variant="outline" color="dark" tt="none" data-testid="grid-details-influence">
              {t('inspector.influence')} {person.influence}/{INFLUENCE_MAX}
            </Badge>
            {mark('influence')}
          </Group>
          <Group gap={4} wrap="nowrap">
            <Badge color={STANCE_COLOR[person.stance]} tt="none" data-testid="grid-details-stance">
              {t(`enums.stance.${person.stance}`)}
            </Badge>
            {mark('stance')}
          </Group>
        </Group>
      ) : (
        <Group h={40} gap="xs" wrap="nowrap">
          {/* How to move people, where they cannot be moved, would only mislead. */}
          {!readOnly && (
            <Text size="sm" c="dimmed">
              {t('gridView.hint')}
            </Text>
          )}
          {opportunityName && (
            <Badge variant="light" color="violet" tt="none" leftSection={<IconTargetArrow size={12} />}>
              {t('gridView.opportunityMap', { opportunity: opportunityName })}
            </Badge>
          )}
        </Group>
      )}
    </Paper>
  );
}

export const GridDetails = memo(GridDetailsView);
