import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import { IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/api/entities';
import type { Point } from '../../../../shared/domain/influenceStanceGrid';
import { STANCE_COLOR } from '../map/stanceStyle';
import classes from './InfluenceStanceView.module.css';

export interface ChipHandlers {
  onPointerDown(person: Person, event: PointerEvent<HTMLDivElement>): void;
  onPointerMove(event: PointerEvent<HTMLDivElement>): void;
  onPointerUp(event: PointerEvent<HTMLDivElement>): void;
  onPointerCancel(event: PointerEvent<HTMLDivElement>): void;
  onKeyDown(person: Person, event: KeyboardEvent<HTMLDivElement>): void;
}

interface Props {
  person: Person;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Stacking order within the cell: later rows lie over earlier ones, leaving their names in view. */
  depth: number;
  selected: boolean;
  /** Set while this chip is being dragged: how far it has moved from its place. */
  dragOffset: Point | null;
  /** Influence or stance on this opportunity's map differs from the account-level value. */
  overridden: boolean;
  handlers: ChipHandlers;
}

/** One person in the grid: name, then decision role and title; the left edge takes the stance colour. */
function GridChipView({ person, x, y, width, height, depth, selected, dragOffset, overridden, handlers }: Props) {
  const { t } = useTranslation();
  const name = person.isPlaceholder && !person.name ? t('card.placeholder') : person.name;
  const role = t(`enums.role.${person.role}`);
  const stance = t(`enums.stance.${person.stance}`);
  const meta = person.title ? `${role} · ${person.title}` : role;
  return (
    <div
      role="button"
      tabIndex={0}
      className={classes.chip}
      data-testid="grid-person"
      data-person-id={person.id}
      data-influence={person.influence}
      data-stance={person.stance}
      data-selected={selected || undefined}
      data-dragging={dragOffset ? true : undefined}
      data-placeholder={person.isPlaceholder || undefined}
      aria-pressed={selected}
      aria-label={t('gridView.chipLabel', { name, role, influence: person.influence, stance })}
      title={`${name}\n${meta}\n${t('gridView.influenceLevel', { level: person.influence })} · ${stance}`}
      style={{
        left: x,
        top: y,
        width,
        height,
        ['--depth' as string]: depth,
        borderLeftColor: STANCE_COLOR[person.stance],
        transform: dragOffset ? `translate(${dragOffset.x}px, ${dragOffset.y}px)` : undefined,
      }}
      onPointerDown={(event) => handlers.onPointerDown(person, event)}
      onPointerMove={handlers.onPointerMove}
      onPointerUp={handlers.onPointerUp}
      onPointerCancel={handlers.onPointerCancel}
      onKeyDown={(event) => handlers.onKeyDown(person, event)}
    >
      <div className={classes.chipName}>
        <span className={classes.chipNameText}>{name}</span>
        {overridden && (
          <IconTargetArrow
            size={13}
            className={classes.overridden}
            aria-label={t('gridView.overridden')}
            data-testid="grid-overridden"
          />
        )}
      </div>
      <div className={classes.chipMeta}>{meta}</div>
    </div>
  );
}

export const GridChip = memo(GridChipView);
