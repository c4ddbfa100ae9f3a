import { memo, useState } from 'react';
import { ActionIcon, Group, Paper, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RELATION_KINDS, STANCES } from '../../../../shared/domain/enums';
import { EDGE_STYLE } from './drawing';
import { STANCE_COLOR } from './stanceStyle';
import { useNarrowScreen } from '../../app/narrowScreen';

/** What the colours and line styles mean, in the user's language; folds away for workshops. */
function LegendView() {
  const { t } = useTranslation();
  // On a phone an open legend would cover half the map: it starts folded there.
  const narrow = useNarrowScreen();
  const [open, setOpen] = useState(!narrow);
  return (
    <Paper withBorder shadow="xs" p="xs" data-testid="legend" style={{ minWidth: 170 }}>
      <Group justify="space-between" gap="xs">
        <Text size="xs" fw={600}>
          {t('legend.title')}
        </Text>
        <ActionIcon
          size="xs"
          variant="subtle"
          onClick={() => setOpen(!open)}
          aria-label={open ? t('legend.hide') : t('legend.show')}
        >
          {open ? <IconChevronDown size={12} /> : <IconChevronUp size={12} />}
        </ActionIcon>
      </Group>
      {open && (
        <Stack gap={3} mt={4}>
          <Text size="xs" c="dimmed">
            {t('legend.stance')}
          </Text>
          {STANCES.map((stance) => (
            <Group key={stance} gap={6} wrap="nowrap">
              <span style={{ width: 12, height: 12, borderRadius: 3, background: STANCE_COLOR[stance] }} />
              <Text size="xs">{t(`enums.stance.${stance}`)}</Text>
            </Group>
          ))}
          <Text size="xs" c="dimmed" mt={4}>
            {t('legend.lines')}
          </Text>
          {RELATION_KINDS.map((kind) => {
            const style = EDGE_STYLE[kind].style ?? {};
            return (
              <Group key={kind} gap={6} wrap="nowrap">
                <svg width={28} height={10} aria-hidden>
                  <line
                    x1={1}
                    y1={5}
                    x2={27}
                    y2={5}
                    stroke={String(style.stroke)}
                    strokeWidth={Number(style.strokeWidth ?? 1.5)}
                    strokeDasharray={style.strokeDasharray ? String(style.strokeDasharray) : undefined}
                    strokeLinecap={style.strokeLinecap === 'round' ? 'round' : undefined}
                  />
                </svg>
                <Text size="xs">{t(`enums.relationKind.${kind}`)}</Text>
              </Group>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}

export const Legend = memo(LegendView);
