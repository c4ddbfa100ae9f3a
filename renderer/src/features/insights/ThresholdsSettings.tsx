import { useState } from 'react';
import { Button, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TIERS } from '../../../../shared/domain/enums';
import { DEFAULT_THRESHOLDS, InsightThresholds } from '../../../../shared/domain/insights/thresholds';
import { useApi } from '../../api/client';
import { notifyWithUndo } from '../../app/notify';
import { useUndo } from '../../undo/UndoContext';
import { useInsightCommands } from './useInsightCommands';

type NumberField =
  | 'commitmentGraceDays'
  | 'fallingWindowDays'
  | 'stuckDays'
  | 'staleCadenceFactor'
  | 'highInfluence'
  | 'singleThreadMaxSupporters';
const NUMBER_FIELDS: { key: NumberField; min: number; max: number }[] = [
  { key: 'highInfluence', min: 1, max: 5 },
  { key: 'singleThreadMaxSupporters', min: 1, max: 10 },
  { key: 'commitmentGraceDays', min: 0, max: 365 },
  { key: 'fallingWindowDays', min: 7, max: 730 },
  { key: 'stuckDays', min: 1, max: 3650 },
  { key: 'staleCadenceFactor', min: 1, max: 20 },
];

/** The limits of the insight rules, saved together in one undoable step. */
export function ThresholdsSettings() {
  const { t } = useTranslation();
  const stored = useApi('insights.getThresholds', {});
  const commands = useInsightCommands('');
  const undo = useUndo();
  const [draft, setDraft] = useState<InsightThresholds | null>(stored.data ?? null);
  // The form restarts from what is stored whenever that changes (a save, an undo).
  const [seen, setSeen] = useState(stored.data);
  if (stored.data !== seen) {
    setSeen(stored.data);
    setDraft(stored.data ?? null);
  }
  if (!draft) return null;
  const parsed = InsightThresholds.safeParse(draft);
  const changed = JSON.stringify(draft) !== JSON.stringify(stored.data);
  const set = <K extends keyof InsightThresholds>(key: K, value: InsightThresholds[K]) =>
    setDraft((current) => (current ? { ...current, [key]: value } : current));
  const num = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);

  return (
    <form
      data-testid="thresholds-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!parsed.success) return;
        void commands.setThresholds(parsed.data).then((ok) => {
          if (ok) notifyWithUndo(t('insights.thresholds.saved'), () => void undo.undo());
        });
      }}
    >
      <Stack gap="sm">
        <Title order={5}>{t('insights.thresholds.title')}</Title>
        {NUMBER_FIELDS.map(({ key, min, max }) => (
          <NumberInput
            key={key}
            label={t(`insights.thresholds.${key}`)}
            value={draft[key]}
            min={min}
            max={max}
            allowDecimal={false}
            onChange={(value) => set(key, num(value))}
            data-testid={`threshold-${key}`}
          />
        ))}
        <NumberInput
          label={t('insights.thresholds.contactDropRatio')}
          value={Math.round(draft.contactDropRatio * 100)}
          min={5}
          max={100}
          allowDecimal={false}
          onChange={(value) => set('contactDropRatio', num(value) / 100)}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('insights.thresholds.coverMinStrength')}
          </Text>
          <SegmentedControl
            value={String(draft.coverMinStrength)}
            onChange={(value) => set('coverMinStrength', Number(value))}
            data={[
              { value: '1', label: t('insights.thresholds.coverWeak') },
              { value: '2', label: t('insights.thresholds.coverStrong') },
            ]}
          />
        </Stack>
        <Text size="sm" fw={500}>
          {t('insights.thresholds.cadenceDays')}
        </Text>
        <SimpleGrid cols={4} spacing="xs">
          {TIERS.map((tier) => (
            <NumberInput
              key={tier}
              label={t(`enums.tier.${tier}`)}
              value={draft.cadenceDays[tier]}
              min={1}
              max={3650}
              allowDecimal={false}
              onChange={(value) => set('cadenceDays', { ...draft.cadenceDays, [tier]: num(value) })}
            />
          ))}
        </SimpleGrid>
        <Group justify="space-between">
          <Button variant="subtle" color="gray" onClick={() => setDraft(structuredClone(DEFAULT_THRESHOLDS))}>
            {t('insights.thresholds.reset')}
          </Button>
          <Button type="submit" disabled={!changed || !parsed.success} data-testid="thresholds-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
