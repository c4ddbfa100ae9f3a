import { Paper, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PortfolioEntry } from '../../../../shared/api/methods/dashboard';
import { HIGH_POTENTIAL_FROM, STRONG_FROM, type Quadrant } from '../../../../shared/domain/portfolio';
import classes from './PortfolioMatrix.module.css';

// Quadrants as the method draws them: high potential on top, strong relationships to the right.
const LAYOUT: { quadrant: Quadrant; row: number; column: number }[] = [
  { quadrant: 'question', row: 1, column: 1 },
  { quadrant: 'star', row: 1, column: 2 },
  { quadrant: 'dog', row: 2, column: 1 },
  { quadrant: 'cash_cow', row: 2, column: 2 },
];

/** The outer part of each half that the quadrant's caption takes; accounts are drawn inside of it. */
const CAPTION_BAND = 0.26;

/**
 * Potential 1..5 to 0..1 of the height, with the quadrant line where the domain puts it. Each half
 * keeps its outer band for the caption, so an account is never drawn over the advice.
 */
const potentialFraction = (potential: number): number => {
  const line = HIGH_POTENTIAL_FROM - 0.5;
  const room = 0.5 - CAPTION_BAND;
  return potential < line
    ? CAPTION_BAND + ((potential - 0.5) / (line - 0.5)) * room
    : 0.5 + ((potential - line) / (5.5 - line)) * room;
};
/** Strength 0..1 to 0..1 of the width, with the quadrant line in the middle. */
const strengthFraction = (strength: number): number =>
  strength < STRONG_FROM ? (strength / STRONG_FROM) * 0.5 : 0.5 + ((strength - STRONG_FROM) / (1 - STRONG_FROM)) * 0.5;

interface Props {
  entries: PortfolioEntry[];
  onOpen(accountId: string): void;
}

export function PortfolioMatrix({ entries, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const upright = i18n.language.startsWith('zh');
  const seen = new Map<string, number>();
  return (
    <Paper withBorder p="md" radius="md" data-testid="portfolio-matrix">
      <Title order={4}>{t('dashboard.portfolio')}</Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('dashboard.portfolioHint')}
      </Text>
      <div className={classes.frame}>
        {/* Chinese stands upright in a vertical line and reads downward, so its arrow leads. */}
        <Text size="xs" c="dimmed" className={classes.yLabel} data-upright={upright || undefined}>
          {upright ? `↑ ${t('dashboard.potential')}` : `${t('dashboard.potential')} ↑`}
        </Text>
        <div className={classes.plot}>
          {LAYOUT.map(({ quadrant, row, column }) => (
            <div
              key={quadrant}
              className={classes.quadrant}
              data-quadrant={quadrant}
              style={{ gridRow: row, gridColumn: column }}
            >
              <Text size="sm" fw={600}>
                {t(`dashboard.quadrant.${quadrant}`)}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`dashboard.advice.${quadrant}`)}
              </Text>
            </div>
          ))}
          {entries.map((entry) => {
            // The marker sits exactly on the account's spot; its name reaches toward the middle
            // of its own quadrant, so an account near a quadrant line never seems to sit in both.
            const left = Math.min(0.98, Math.max(0.02, strengthFraction(entry.strength)));
            const bottom = potentialFraction(entry.potential);
            const labelSide = left % 0.5 < 0.25 ? 'right' : 'left';
            const spot = `${left.toFixed(2)}:${bottom}`;
            const nth = seen.get(spot) ?? 0;
            seen.set(spot, nth + 1);
            const label = t('dashboard.dot', {
              name: entry.name,
              potential: entry.potential,
              strength: Math.round(entry.strength * 100),
            });
            return (
              <Tooltip key={entry.accountId} label={label}>
                <UnstyledButton
                  className={classes.dot}
                  data-quadrant={entry.quadrant}
                  data-label-side={labelSide}
                  // Accounts at the same spot stack away from the quadrant line instead of hiding each other.
                  style={{
                    left: `${left * 100}%`,
                    bottom: `calc(${bottom * 100}% ${bottom < 0.5 ? '-' : '+'} ${nth * 24}px)`,
                  }}
                  onClick={() => onOpen(entry.accountId)}
                  aria-label={label}
                  data-testid="portfolio-dot"
                >
                  <span className={classes.marker} aria-hidden />
                  <span className={classes.name}>{entry.name}</span>
                </UnstyledButton>
              </Tooltip>
            );
          })}
        </div>
        <Text size="xs" c="dimmed" ta="right" className={classes.xLabel}>
          {t('dashboard.strength')} →
        </Text>
      </div>
    </Paper>
  );
}
