import { memo } from 'react';
import { Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangleFilled, IconCircleCheckFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** How many decision makers and approvers nobody of ours covers. */
  uncovered: number;
  /** Whether the map has any decision maker or approver at all. */
  anyDecider: boolean;
}

/** The uncovered-decision-maker warning for the whole matrix, and how to work it. */
function CoverageSummaryView({ uncovered, anyDecider }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      {uncovered > 0 ? (
        <Group gap={6} wrap="nowrap" c="red" data-testid="coverage-uncovered-count">
          <IconAlertTriangleFilled size={16} />
          <Text size="sm" fw={600}>
            {t('coverageView.uncoveredCount', { count: uncovered })}
          </Text>
        </Group>
      ) : (
        anyDecider && (
          <Group gap={6} wrap="nowrap" c="green.8">
            <IconCircleCheckFilled size={16} />
            <Text size="sm" fw={600}>
              {t('coverageView.allCovered')}
            </Text>
          </Group>
        )
      )}
      <Text size="xs" c="dimmed">
        {t('coverageView.hint')}
      </Text>
    </Stack>
  );
}

export const CoverageSummary = memo(CoverageSummaryView);
