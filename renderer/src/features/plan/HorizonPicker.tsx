import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HORIZONS, type Horizon } from '../../../../shared/domain/enums';
import { horizonEnd, todayIso } from '../../../../shared/domain/horizon';

interface Props {
  label: string;
  horizon: Horizon | null;
  dueDate: string | null;
  onChange(horizon: Horizon | null, dueDate: string | null): void;
  'data-testid'?: string;
}

/**
 * 3 months / 6 months / 1 year / none. A horizon names a date, so the due date follows it until
 * the user picks a date of their own.
 */
export function HorizonPicker({ label, horizon, dueDate, onChange, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl
        size="xs"
        fullWidth
        data={[
          ...HORIZONS.map((h) => ({ value: h, label: t(`plan.horizon.${h}`) })),
          { value: '', label: t('plan.noHorizon') },
        ]}
        value={horizon ?? ''}
        onChange={(value) => {
          const next = (value || null) as Horizon | null;
          const followsHorizon = !dueDate || (horizon !== null && dueDate === horizonEnd(horizon, todayIso()));
          onChange(next, next && followsHorizon ? horizonEnd(next, todayIso()) : dueDate);
        }}
        data-testid={testId}
      />
    </Stack>
  );
}
