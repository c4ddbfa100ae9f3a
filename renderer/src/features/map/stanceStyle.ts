import type { Stance } from '../../../../shared/domain/enums';

/** Stance is the colour of the card: red against us through grey to green for us. */
export const STANCE_COLOR: Record<Stance, string> = {
  opposed: '#e03131',
  skeptical: '#f08c00',
  neutral: '#868e96',
  supportive: '#40c057',
  champion: '#2f9e44',
};
