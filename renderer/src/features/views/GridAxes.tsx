import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { INFLUENCE_MAX, STANCES } from '../../../../shared/domain/enums';
import { cellRect, GRID_COLUMNS, GRID_ROWS } from '../../../../shared/domain/influenceStanceGrid';
import { STANCE_COLOR } from '../map/stanceStyle';
import { AXIS } from './gridModel';
import classes from './InfluenceStanceView.module.css';

interface Props {
  cellWidth: number;
  cellHeight: number;
}

const ORIGIN = { x: AXIS.left, y: AXIS.top };
const ROWS = Array.from({ length: GRID_ROWS }, (_, row) => row);

/** The grid's cells, tinted by stance, with stance across the top and influence down the side. */
function GridAxesView({ cellWidth, cellHeight }: Props) {
  const { t } = useTranslation();
  const size = { width: cellWidth, height: cellHeight };
  const gridWidth = GRID_COLUMNS * cellWidth;
  return (
    <>
      {STANCES.map((stance, column) => (
        <div
          key={stance}
          className={classes.columnLabel}
          style={{
            left: AXIS.left + column * cellWidth,
            top: 0,
            width: cellWidth,
            height: AXIS.top - 2,
            borderBottomColor: STANCE_COLOR[stance],
          }}
        >
          {t(`enums.stance.${stance}`)}
        </div>
      ))}
      {ROWS.map((row) => {
        const influence = INFLUENCE_MAX - row;
        return (
          <div
            key={row}
            className={classes.rowLabel}
            style={{ left: 0, top: AXIS.top + row * cellHeight, width: AXIS.left, height: cellHeight }}
          >
            <span>{t('gridView.influenceLevel', { level: influence })}</span>
            <span className={classes.pips} aria-hidden>
              {Array.from({ length: INFLUENCE_MAX }, (_, i) => (
                <span key={i} className={classes.pip} data-on={i < influence || undefined} />
              ))}
            </span>
          </div>
        );
      })}
      {ROWS.flatMap((row) =>
        STANCES.map((stance, column) => {
          const rect = cellRect(column, row, size, ORIGIN);
          return (
            <div
              key={`${row}:${stance}`}
              className={classes.cell}
              data-testid="grid-cell"
              data-influence={INFLUENCE_MAX - row}
              data-stance={stance}
              data-first-column={column === 0 || undefined}
              data-first-row={row === 0 || undefined}
              style={{
                left: rect.x,
                top: rect.y,
                width: rect.width,
                height: rect.height,
                // Stronger tint where influence is higher: that is where the deal is won or lost.
                background: `${STANCE_COLOR[stance]}${(10 + 4 * (INFLUENCE_MAX - row)).toString(16).padStart(2, '0')}`,
              }}
            />
          );
        }),
      )}
      <div
        className={classes.caption}
        style={{ left: AXIS.left, top: AXIS.top + GRID_ROWS * cellHeight + 6, width: gridWidth }}
      >
        <span>← {t('gridView.againstUs')}</span>
        <span>{t('inspector.stance')}</span>
        <span>{t('gridView.forUs')} →</span>
      </div>
    </>
  );
}

export const GridAxes = memo(GridAxesView);
