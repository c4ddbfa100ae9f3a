import type { Stance } from '../../../../shared/domain/enums';

/**
 * Stance is the colour of the card: red against us through grey to green for us. Each shade keeps
 * white text on it, and itself as text on white, at WCAG AA.
 */
export const STANCE_COLOR: Record<Stance, string> = {
  opposed: '#c92a2a',
  skeptical: '#b0400a',
  neutral: '#5c636a',
  supportive: '#237032',
  champion: '#1b5e20',
};
