import { darken, lighten } from '@mantine/core';

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(toHex(a)), luminance(toHex(b))];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** Mantine's darken/lighten answer rgb(…); the ratio wants #rrggbb. */
function toHex(color: string): string {
  if (color.startsWith('#')) return color.length === 4 ? `#${[...color.slice(1)].map((c) => c + c).join('')}` : color;
  const parts = /rgba?\(([^)]+)\)/.exec(color)?.[1]?.split(',') ?? [];
  return `#${parts
    .slice(0, 3)
    .map((part) => Math.round(Number(part.trim())).toString(16).padStart(2, '0'))
    .join('')}`;
}

/**
 * `color`, darkened (on light backgrounds) or lightened (on dark ones) just enough to read at
 * WCAG AA (4.5:1, with a little margin) on every one of `backgrounds`.
 */
export function readableOn(color: string, backgrounds: readonly string[], mode: 'darken' | 'lighten'): string {
  const shift = mode === 'darken' ? darken : lighten;
  for (let step = 0; step <= 20; step++) {
    const candidate = toHex(step === 0 ? color : shift(color, step * 0.05));
    if (backgrounds.every((background) => contrastRatio(candidate, background) >= 4.6)) return candidate;
  }
  return mode === 'darken' ? '#000000' : '#ffffff';
}
