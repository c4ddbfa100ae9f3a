import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Paper, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { PortfolioEntry } from '../../../../shared/api/methods/dashboard';
import { placeLabels, type LabelBox, type LabelItem } from '../../../../shared/domain/labelPlacement';
import { HIGH_POTENTIAL_FROM, STRONG_FROM, type Quadrant } from '../../../../shared/domain/portfolio';
import { SpotCount } from './SpotCount';
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
/** The widest count measured: wider than any "+N" a matrix shows. */
const COUNT_PROBE = 99;

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

interface Measured {
  /** The plot's inside, where accounts are placed (its border-box size less the border). */
  width: number;
  height: number;
  names: Map<string, { width: number; height: number }>;
  count: { width: number; height: number };
  captions: LabelBox[];
}

/** Boxes of `elements` in the coordinates of `plot`'s inside (where absolute children are placed). */
function boxesIn(plot: HTMLElement, elements: Iterable<Element>): LabelBox[] {
  const origin = plot.getBoundingClientRect();
  return [...elements].map((element) => {
    const box = element.getBoundingClientRect();
    return {
      x: box.left - origin.left - plot.clientLeft,
      y: box.top - origin.top - plot.clientTop,
      width: box.width,
      height: box.height,
    };
  });
}

/**
 * An element's size rounded up to whole pixels: text is fractional wide, and a box given the width
 * rounded down would cut its last letter off.
 */
const sizeOf = (element: HTMLElement) => {
  const box = element.getBoundingClientRect();
  return { width: Math.ceil(box.width), height: Math.ceil(box.height) };
};

interface Props {
  entries: PortfolioEntry[];
  onOpen(accountId: string): void;
}

export function PortfolioMatrix({ entries, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const upright = i18n.language.startsWith('zh');
  const { ref: sizeRef, width, height } = useElementSize();
  const plotRef = useRef<HTMLDivElement | null>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<Measured | null>(null);
  const [fontsLoaded, setFontsLoaded] = useState(0);
  const setPlot = useCallback(
    (element: HTMLDivElement | null) => {
      plotRef.current = element;
      sizeRef(element);
    },
    [sizeRef],
  );

  useLayoutEffect(() => {
    let live = true;
    void document.fonts?.ready.then(() => live && setFontsLoaded((n) => n + 1));
    return () => {
      live = false;
    };
  }, []);

  // Names and captions are measured as drawn (font, language, the plot's width), before paint.
  useLayoutEffect(() => {
    const plot = plotRef.current;
    const layer = measureRef.current;
    if (!plot || !layer) return;
    const names = new Map<string, { width: number; height: number }>();
    for (const element of layer.querySelectorAll<HTMLElement>('[data-measure-id]'))
      names.set(element.dataset.measureId ?? '', sizeOf(element));
    const probe = layer.querySelector<HTMLElement>('[data-measure-count]');
    const count = probe ? sizeOf(probe) : { width: 32, height: 22 };
    const captions = boxesIn(plot, plot.querySelectorAll('[data-caption]'));
    setMeasured({ width: plot.clientWidth, height: plot.clientHeight, names, count, captions });
    // The observed size only says when to measure again.
  }, [entries, width, height, i18n.language, fontsLoaded]);

  const spots = useMemo(
    () =>
      entries.map((entry) => {
        const left = Math.min(0.98, Math.max(0.02, strengthFraction(entry.strength)));
        const bottom = potentialFraction(entry.potential);
        // A name reaches toward the middle of its own quadrant, so an account near a quadrant
        // line never seems to sit in both.
        const side: 'left' | 'right' = left % 0.5 < 0.25 ? 'right' : 'left';
        return { entry, left, bottom, side };
      }),
    [entries],
  );
  const layout = useMemo(() => {
    if (!measured || measured.width === 0 || measured.height === 0) return null;
    const { width, height } = measured;
    const items: LabelItem[] = spots.flatMap(({ entry, left, bottom, side }) => {
      const size = measured.names.get(entry.accountId);
      return size ? [{ id: entry.accountId, x: left * width, y: (1 - bottom) * height, ...size, side }] : [];
    });
    return placeLabels(items, { width, height, countSize: measured.count, obstacles: measured.captions, stackRows: 3 });
  }, [measured, spots]);

  const byId = useMemo(() => new Map(entries.map((entry) => [entry.accountId, entry])), [entries]);
  const describe = (entry: PortfolioEntry) =>
    t('dashboard.dot', { name: entry.name, potential: entry.potential, strength: Math.round(entry.strength * 100) });
  const entriesOf = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);

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
        <div className={classes.plot} ref={setPlot}>
          {LAYOUT.map(({ quadrant, row, column }) => (
            <div
              key={quadrant}
              className={classes.quadrant}
              data-quadrant={quadrant}
              style={{ gridRow: row, gridColumn: column }}
            >
              <div className={classes.caption} data-caption>
                <Text size="sm" fw={600}>
                  {t(`dashboard.quadrant.${quadrant}`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`dashboard.advice.${quadrant}`)}
                </Text>
              </div>
            </div>
          ))}
          <div ref={measureRef} className={classes.measure} aria-hidden>
            {entries.map((entry) => (
              <span key={entry.accountId} className={classes.name} data-measure-id={entry.accountId}>
                {entry.name}
              </span>
            ))}
            <span className={classes.count} data-measure-count>
              {t('dashboard.spotMore', { count: COUNT_PROBE })}
            </span>
          </div>
          {layout?.clusters.map((cluster) => (
            <span
              key={`marker:${cluster.ids[0]}`}
              className={classes.marker}
              style={{ left: cluster.x, top: cluster.y }}
              data-testid="portfolio-marker"
              data-count={cluster.ids.length}
              aria-hidden
            />
          ))}
          {layout?.labels.map((label) => {
            const entry = byId.get(label.id);
            if (!entry) return null;
            const description = describe(entry);
            return (
              <Tooltip key={label.id} label={description}>
                <UnstyledButton
                  className={classes.name}
                  data-quadrant={entry.quadrant}
                  style={{ left: label.x, top: label.y, width: label.width }}
                  onClick={() => onOpen(entry.accountId)}
                  aria-label={description}
                  data-testid="portfolio-dot"
                >
                  {entry.name}
                </UnstyledButton>
              </Tooltip>
            );
          })}
          {layout?.clusters.map((cluster) =>
            cluster.count ? (
              <SpotCount
                key={`count:${cluster.ids[0]}`}
                box={cluster.count}
                entries={entriesOf(cluster.hidden)}
                title={t('dashboard.spotMoreTitle', { count: cluster.hidden.length })}
                describe={describe}
                onOpen={onOpen}
              />
            ) : null,
          )}
        </div>
        <Text size="xs" c="dimmed" ta="right" className={classes.xLabel}>
          {t('dashboard.strength')} →
        </Text>
        {layout && layout.overflow.length > 0 && (
          <div className={classes.overflow}>
            <SpotCount
              entries={entriesOf(layout.overflow)}
              title={t('dashboard.chartMore', { count: layout.overflow.length })}
              describe={describe}
              onOpen={onOpen}
            />
          </div>
        )}
      </div>
    </Paper>
  );
}
