import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InsightView } from '../../../../shared/api/methods/insights';
import { SEVERITIES } from '../../../../shared/domain/insights/types';
import { SEVERITY_COLOR } from './InsightCard';
import { insightTitle } from './insightText';

/** A small badge on a card: how many insights concern the person, coloured by the worst one. */
export function InsightMarker({ insights }: { insights: InsightView[] }) {
  const { t } = useTranslation();
  if (insights.length === 0) return null;
  const worst = SEVERITIES.find((severity) => insights.some((insight) => insight.severity === severity)) ?? 'low';
  return (
    <Tooltip
      multiline
      w={260}
      label={[
        t('insights.markerTitle', { count: insights.length }),
        ...insights.map((i) => `• ${insightTitle(i, t)}`),
      ].join('\n')}
      style={{ whiteSpace: 'pre-line' }}
    >
      <Badge size="xs" circle color={SEVERITY_COLOR[worst]} data-testid="insight-marker">
        {insights.length}
      </Badge>
    </Tooltip>
  );
}
