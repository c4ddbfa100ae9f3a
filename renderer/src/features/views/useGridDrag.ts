import { useCallback, useMemo, useRef, useState, type PointerEvent, type RefObject } from 'react';
import type { Person } from '../../../../shared/api/entities';
import {
  cellAt,
  gridRect,
  type GridValues,
  type Point,
  type Size,
} from '../../../../shared/domain/influenceStanceGrid';
import { AXIS } from './gridModel';

/** A drag must travel this far before it is one; less is a click. */
const DRAG_THRESHOLD = 4;
/** A drop this close outside the grid still lands in the border cell. */
const EDGE_MARGIN = 32;

export interface DragState {
  personId: string;
  offset: Point;
  /** The cell under the pointer, or null when a drop there would cancel the drag. */
  over: GridValues | null;
}

interface Session {
  person: Person;
  pointerId: number;
  start: Point;
  moved: boolean;
}

/**
 * Pointer dragging of the grid's chips: the chip follows the pointer, the cell under it is
 * highlighted, and the drop reports the cell's influence and stance. A press without a drag is a click.
 */
export function useGridDrag(
  boardRef: RefObject<HTMLDivElement | null>,
  cell: Size,
  onDrop: (person: Person, to: GridValues) => void,
  onClick: (person: Person) => void,
) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const session = useRef<Session | null>(null);

  const valuesAt = useCallback(
    (event: PointerEvent): GridValues | null => {
      const box = boardRef.current?.getBoundingClientRect();
      if (!box) return null;
      const point = { x: event.clientX - box.left, y: event.clientY - box.top };
      const grid = gridRect(cell, { x: AXIS.left, y: AXIS.top });
      const near =
        point.x > grid.x - EDGE_MARGIN &&
        point.x < grid.x + grid.width + EDGE_MARGIN &&
        point.y > grid.y - EDGE_MARGIN &&
        point.y < grid.y + grid.height + EDGE_MARGIN;
      return near ? cellAt(point, cell, { origin: grid, clamp: true }) : null;
    },
    [boardRef, cell],
  );

  const onPointerDown = useCallback((person: Person, event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || session.current) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    session.current = {
      person,
      pointerId: event.pointerId,
      start: { x: event.clientX, y: event.clientY },
      moved: false,
    };
  }, []);

  const onPointerMove = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      const current = session.current;
      if (!current || current.pointerId !== event.pointerId) return;
      const offset = { x: event.clientX - current.start.x, y: event.clientY - current.start.y };
      if (!current.moved && Math.hypot(offset.x, offset.y) < DRAG_THRESHOLD) return;
      current.moved = true;
      setDrag({ personId: current.person.id, offset, over: valuesAt(event) });
    },
    [valuesAt],
  );

  const onPointerUp = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      const current = session.current;
      if (!current || current.pointerId !== event.pointerId) return;
      session.current = null;
      setDrag(null);
      if (!current.moved) return onClick(current.person);
      const to = valuesAt(event);
      if (to) onDrop(current.person, to);
    },
    [onClick, onDrop, valuesAt],
  );

  const onPointerCancel = useCallback(() => {
    session.current = null;
    setDrag(null);
  }, []);

  return useMemo(
    () => ({ drag, onPointerDown, onPointerMove, onPointerUp, onPointerCancel }),
    [drag, onPointerDown, onPointerMove, onPointerUp, onPointerCancel],
  );
}
