import type { CSSProperties } from 'react';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Stance } from '../../../../shared/domain/enums';
import { STANCE_COLOR } from '../map/stanceStyle';
import classes from './StanceBadge.module.css';

/** Light shades of the stance hues, for text on the dark scheme's surfaces (7:1 or better). */
const STANCE_ON_DARK: Record<Stance, string> = {
  opposed: '#ffa8a8',
  skeptical: '#ffc078',
  neutral: '#dee2e6',
  supportive: '#8ce99a',
  champion: '#b2f2bb',
};

/** A person's stance as a word in its colour, readable in both schemes. */
export function StanceBadge({ stance }: { stance: Stance }) {
  const { t } = useTranslation();
  const colours = { '--stance': STANCE_COLOR[stance], '--stance-on-dark': STANCE_ON_DARK[stance] } as CSSProperties;
  return (
    <Badge variant="light" className={classes.badge} style={colours} data-stance={stance}>
      {t(`enums.stanceShort.${stance}`)}
    </Badge>
  );
}
