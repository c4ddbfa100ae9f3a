import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/api/entities';
import { INFLUENCE_MAX, INFLUENCE_MIN, STANCES } from '../../../../shared/domain/enums';
import {
  cellRect,
  gridCellOf,
  GRID_COLUMNS,
  GRID_ROWS,
  type GridValues,
} from '../../../../shared/domain/influenceStanceGrid';
import { GridAxes } from './GridAxes';
import { GridChip, type ChipHandlers } from './GridChip';
import { GridDetails } from './GridDetails';
import { GridOverflow } from './GridOverflow';
import { AXIS, gridSizes, layoutGrid } from './gridModel';
import { useGridDrag } from './useGridDrag';
import { useViewCommands } from './useViewCommands';
import { keepDeleteKeysInView, type ViewProps } from './viewProps';
import classes from './InfluenceStanceView.module.css';
import { useReadOnly } from '../map/readOnlyContext';

export type { ViewProps } from './viewProps';

/** The element's border-box height, kept up to date as fonts load or the language changes. */
function useMeasuredHeight(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setHeight(element.offsetHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}

const ARROWS: Record<string, { stance: number; influence: number }> = {
  ArrowLeft: { stance: -1, influence: 0 },
  ArrowRight: { stance: 1, influence: 0 },
  ArrowUp: { stance: 0, influence: 1 },
  ArrowDown: { stance: 0, influence: -1 },
};
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const byId = (a: { person: Person }, b: { person: Person }) => (a.person.id < b.person.id ? -1 : 1);

/** Influence 1–5 up, stance −2…+2 across; dragging a person to another cell changes them. */
export function InfluenceStanceView({ view, accountId, commands, onSelectPerson }: ViewProps) {
  const { t } = useTranslation();
  const viewCommands = useViewCommands(accountId, view, commands);
  const readOnly = useReadOnly();
  const { ref: areaRef, width, height } = useElementSize();
  const boardRef = useRef<HTMLDivElement>(null);
  const focusAfter = useRef<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const choose = useCallback(
    (personId: string | null) => {
      setSelectedId(personId);
      onSelectPerson?.(personId);
    },
    [onSelectPerson],
  );
  // Where people were just moved to, shown until the store's answer arrives.
  const [pending, setPending] = useState<ReadonlyMap<string, GridValues>>(() => new Map());

  const people = useMemo(
    () =>
      pending.size === 0
        ? view.people
        : view.people.map((person) => {
            const moved = pending.get(person.id);
            return moved ? { ...person, ...moved } : person;
          }),
    [view.people, pending],
  );
  const probeRef = useRef<HTMLDivElement>(null);
  const chipHeight = useMeasuredHeight(probeRef);
  const { cell, chip } = useMemo(() => gridSizes({ width, height }, chipHeight), [width, height, chipHeight]);
  const layout = useMemo(() => {
    const placed = layoutGrid(people, cell, chip, selectedId);
    // Within a cell, later rows lie over earlier ones; a stable DOM order keeps focus on a moved chip.
    const depth = new Map(placed.chips.map((placement, index) => [placement.person.id, index]));
    return { ...placed, chips: placed.chips.sort(byId), depth };
  }, [people, cell, chip, selectedId]);
  const overrides = useMemo(
    () => new Map(view.overrides.map((override) => [override.personId, override])),
    [view.overrides],
  );
  const selected = useMemo(() => people.find((person) => person.id === selectedId) ?? null, [people, selectedId]);

  const move = useCallback(
    (person: Person, to: GridValues) => {
      choose(person.id);
      if (readOnly || (to.influence === person.influence && to.stance === person.stance)) return;
      setPending((before) => new Map(before).set(person.id, to));
      void viewCommands.placeInGrid(person, to).finally(() =>
        setPending((before) => {
          if (before.get(person.id) !== to) return before;
          const next = new Map(before);
          next.delete(person.id);
          return next;
        }),
      );
    },
    [viewCommands, choose, readOnly],
  );
  const select = useCallback((person: Person) => choose(person.id), [choose]);
  const dragging = useGridDrag(boardRef, cell, move, select);
  const { onPointerDown, onPointerMove, onPointerUp, onPointerCancel } = dragging;

  const onKeyDown = useCallback(
    (person: Person, event: KeyboardEvent<HTMLDivElement>) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose(person.id);
        return;
      }
      if (event.key === 'Escape') {
        choose(null);
        return;
      }
      const arrow = ARROWS[event.key];
      if (!arrow) return;
      event.preventDefault();
      event.stopPropagation();
      const stance = STANCES[clamp(STANCES.indexOf(person.stance) + arrow.stance, 0, STANCES.length - 1)];
      const influence = clamp(person.influence + arrow.influence, INFLUENCE_MIN, INFLUENCE_MAX);
      focusAfter.current = person.id;
      if (stance) move(person, { influence, stance });
    },
    [move, choose],
  );
  const handlers = useMemo<ChipHandlers>(
    () => ({ onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onKeyDown }),
    [onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onKeyDown],
  );
  const pick = useCallback(
    (personId: string) => {
      focusAfter.current = personId;
      choose(personId);
    },
    [choose],
  );

  // A chip moved by keyboard or picked from a "+N" list keeps (or takes) the keyboard focus.
  useEffect(() => {
    const id = focusAfter.current;
    const element = id ? boardRef.current?.querySelector<HTMLElement>(`[data-person-id="${id}"]`) : null;
    if (!element) return;
    focusAfter.current = null;
    if (document.activeElement !== element) element.focus();
  }, [layout]);

  const deselectOnEmpty = (event: PointerEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).dataset.testid === 'grid-cell') choose(null);
  };

  const drag = dragging.drag;
  const target = drag?.over ? gridCellOf(drag.over) : null;
  const targetRect = target ? cellRect(target.column, target.row, cell, { x: AXIS.left, y: AXIS.top }) : null;
  const boardWidth = AXIS.left + GRID_COLUMNS * cell.width;
  const boardHeight = AXIS.top + GRID_ROWS * cell.height + AXIS.bottom;

  return (
    <div className={classes.root} data-testid="grid-view" onKeyDown={keepDeleteKeysInView}>
      <GridDetails
        person={selected}
        override={(selected && overrides.get(selected.id)) ?? null}
        opportunityName={view.opportunity?.name ?? null}
      />
      <div ref={areaRef} className={classes.area}>
        <div
          ref={boardRef}
          className={classes.board}
          style={{ width: boardWidth, height: boardHeight, marginTop: 8 }}
          onPointerDown={deselectOnEmpty}
          role="group"
          aria-label={t('views.grid')}
        >
          <GridAxes cellWidth={cell.width} cellHeight={cell.height} />
          {targetRect && (
            <div
              className={classes.target}
              style={{ left: targetRect.x, top: targetRect.y, width: targetRect.width, height: targetRect.height }}
            />
          )}
          <div ref={probeRef} className={`${classes.chip} ${classes.probe}`} style={{ width: chip.width }} aria-hidden>
            <div className={classes.chipName}>{t('views.grid')}</div>
            <div className={classes.chipMeta}>{t('enums.role.decision_maker')}</div>
          </div>
          {layout.chips.map(({ person, x, y }) => {
            const override = overrides.get(person.id);
            return (
              <GridChip
                key={person.id}
                person={person}
                x={x}
                y={y}
                width={chip.width}
                height={chip.height}
                depth={layout.depth.get(person.id) ?? 0}
                selected={person.id === selectedId}
                dragOffset={drag?.personId === person.id ? drag.offset : null}
                overridden={override?.influence != null || override?.stance != null}
                handlers={handlers}
              />
            );
          })}
          {layout.overflows.map(({ key, x, y, hidden }) => (
            <GridOverflow key={key} x={x} y={y} width={chip.width} height={chip.height} hidden={hidden} onPick={pick} />
          ))}
          {view.people.length === 0 && (
            <div className={classes.empty} data-testid="grid-empty">
              <Stack align="center" gap={4} bg="var(--mantine-color-body)" p="md" style={{ borderRadius: 8 }}>
                <Title order={4}>{t('gridView.emptyTitle')}</Title>
                <Text c="dimmed">{t('gridView.emptyBody')}</Text>
              </Stack>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
