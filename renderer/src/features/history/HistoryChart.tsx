import { useState } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROGRESS_STEPS, STANCES } from '../../../../shared/domain/enums';
import { pathOf, type Change, type TrackedField } from '../../../../shared/domain/history';
import { fieldLabel, valueLabel } from './format';

/** Each charted field's levels from low to high (better for us upwards). */
const LEVELS: Record<Exclude<TrackedField, 'role'>, readonly string[]> = {
  stance: STANCES,
  influence: ['1', '2', '3', '4', '5'],
  access: ['0', '1', '2', '3', '4'],
  progress: PROGRESS_STEPS,
};
const FIELDS = ['stance', 'influence', 'access', 'progress'] as const;
const LANE = 54;
const LEFT = 92;
const RIGHT = 96;
const WIDTH = 640;

/** A step chart per field: where the person stood on it from when they were added until today. */
export function HistoryChart(props: { createdAt: string; current: Record<TrackedField, string>; changes: Change[] }) {
  const { t, i18n } = useTranslation();
  // From the earliest thing known: a back-filled log can be older than the person's record.
  const first = props.changes.reduce(
    (min, change) => (change.changedAt < min ? change.changedAt : min),
    props.createdAt,
  );
  const start = Date.parse(first);
  // The chart's right edge is when it was first drawn; the tab reloads when it opens.
  const [end] = useState(() => Date.now());
  const span = Math.max(end - start, 1);
  const x = (at: string) => LEFT + ((Date.parse(at) - start) / span) * (WIDTH - LEFT - RIGHT);
  const dateLabel = (ms: number) =>
    new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric' }).format(new Date(ms));
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${FIELDS.length * LANE + 20}`}
      width="100%"
      role="img"
      aria-label={t('history.chartTitle')}
      data-testid="history-chart"
      style={{ fontFamily: 'inherit', fontSize: 11 }}
    >
      {FIELDS.map((field, lane) => {
        const levels = LEVELS[field];
        const top = lane * LANE + 6;
        const y = (value: string) => top + 36 - (Math.max(0, levels.indexOf(value)) / (levels.length - 1)) * 36;
        const steps = pathOf(
          props.current[field],
          props.changes.filter((change) => change.field === field),
          first,
        );
        let d = '';
        steps.forEach((step, i) => {
          const px = x(step.at);
          d += i === 0 ? `M${px},${y(step.value)}` : `H${px}V${y(step.value)}`;
        });
        d += `H${WIDTH - RIGHT}`;
        const last = steps.at(-1);
        return (
          <g key={field}>
            <text x={0} y={top + 22} fill="var(--mantine-color-dimmed)">
              {fieldLabel(t, field)}
            </text>
            <line
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={top + 36}
              y2={top + 36}
              stroke="var(--mantine-color-default-border)"
            />
            <path d={d} fill="none" stroke="var(--mantine-color-blue-6)" strokeWidth={2} />
            {steps.slice(1).map((step, i) => (
              <circle key={i} cx={x(step.at)} cy={y(step.value)} r={3} fill="var(--mantine-color-blue-6)">
                <title>{`${dateLabel(Date.parse(step.at))}: ${valueLabel(t, field, step.value)}`}</title>
              </circle>
            ))}
            {last && (
              <text x={WIDTH - RIGHT + 6} y={y(last.value) + 4} fill="var(--mantine-color-text)">
                {valueLabel(t, field, last.value)}
              </text>
            )}
          </g>
        );
      })}
      <text x={LEFT} y={FIELDS.length * LANE + 14} fill="var(--mantine-color-dimmed)">
        {dateLabel(start)}
      </text>
      <text x={WIDTH - RIGHT} y={FIELDS.length * LANE + 14} textAnchor="end" fill="var(--mantine-color-dimmed)">
        {t('history.today')}
      </text>
    </svg>
  );
}

/** Shown where there is nothing to chart yet. */
export function NoHistory() {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" size="sm">
      {t('history.empty')}
    </Text>
  );
}
