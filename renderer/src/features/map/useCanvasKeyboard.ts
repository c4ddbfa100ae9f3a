import { useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { useReactFlow, useStoreApi, type Edge } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { MapView } from '../../../../shared/api/entities';
import { useStableCallback } from '../../app/useStableCallback';
import { DIRECTION_OF_KEY, linesOf, nextCard, readingOrder, type Direction, type FocusPoint } from './canvasFocus';
import { carriedIds, toMoves } from './canvasMoves';
import type { MapFlowNode } from './flowTypes';
import { requestNoteEdit } from './NoteNode';
import { isOnMap } from './farZoom/farZoomNodes';
import type { MapCommands } from './useMapCommands';

type SetNodes = (update: (current: MapFlowNode[]) => MapFlowNode[]) => void;

interface Options {
  wrapper: RefObject<HTMLDivElement | null>;
  view: MapView;
  commands: MapCommands;
  itemIdOf: ReadonlyMap<string, string>;
  nodes: MapFlowNode[];
  setNodes: SetNodes;
  readOnly: boolean;
  /** How far one Alt+arrow moves a card: the canvas's snapping grid. */
  step: number;
}

/** Alt+Shift+arrow moves this many grid steps at once, for long ways across the map. */
const BIG_STEP = 5;
const MOVE: Record<Direction, { x: number; y: number }> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** The point the arrows steer a card by: its centre, a department's header (its box holds others). */
function pointOf(node: MapFlowNode): FocusPoint {
  const width = node.width ?? 0;
  const height = node.height ?? 0;
  return node.type === 'orgUnit'
    ? { id: node.id, x: node.position.x + Math.min(width / 2, 100), y: node.position.y + 16 }
    : { id: node.id, x: node.position.x + width / 2, y: node.position.y + height / 2 };
}

/** The copy of a card that is the canvas's one Tab stop: kept per card, so React Flow sees no change. */
const asTabStop = new WeakMap<MapFlowNode, MapFlowNode>();
function tabStopOf(node: MapFlowNode): MapFlowNode {
  let stop = asTabStop.get(node);
  if (!stop) {
    stop = { ...node, domAttributes: { ...node.domAttributes, tabIndex: 0 } } as MapFlowNode;
    asTabStop.set(node, stop);
  }
  return stop;
}

const plainKey = (event: KeyboardEvent) => !event.altKey && !event.ctrlKey && !event.metaKey;

/**
 * The canvas by keyboard: one Tab stop (the card last focused, at first the top-left person), a
 * roving focus the arrow keys move along lines (canvasFocus.ts), Home/End, Enter to open, L to step
 * through a card's lines, Alt+arrows to move the selected cards one grid step (one undo step per
 * press), Escape to clear the selection while focus stays. What happens is said in `announcement`.
 */
export function useCanvasKeyboard({ wrapper, view, commands, itemIdOf, nodes, setNodes, readOnly, step }: Options) {
  const { t } = useTranslation();
  const flow = useReactFlow<MapFlowNode, Edge>();
  const store = useStoreApi<MapFlowNode, Edge>();
  const [current, setCurrent] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  /** The card whose lines L steps through while focus is on one of them. */
  const lineOrigin = useRef<string | null>(null);

  const firstPerson = useMemo(() => {
    const people = new Set(view.people.map((person) => person.id));
    const points = view.items
      .filter((item) => item.personId && people.has(item.personId))
      .map((item) => ({ id: item.personId ?? '', x: item.x, y: item.y }));
    return readingOrder(points)[0]?.id ?? view.items[0]?.id ?? null;
  }, [view]);
  const stopId = current && nodes.some((node) => node.id === current && !node.hidden) ? current : firstPerson;
  const nodesWithTabStop = useMemo(
    () => nodes.map((node) => (node.id === stopId ? tabStopOf(node) : node)),
    [nodes, stopId],
  );

  const shownPoints = () => flow.getNodes().filter(isOnMap).map(pointOf);
  const lines = () => flow.getEdges().filter(isOnMap);

  const elementOf = (selector: string) => wrapper.current?.querySelector<HTMLElement | SVGElement>(selector) ?? null;
  /** Focuses a card or line, first bringing it into view: off screen, React Flow does not draw it. */
  const focusElement = (selector: string, centre: () => { x: number; y: number } | null) => {
    const box = wrapper.current?.getBoundingClientRect();
    const drawn = elementOf(selector);
    const rect = drawn?.getBoundingClientRect();
    const inView =
      box &&
      rect &&
      rect.left >= box.left &&
      rect.right <= box.right &&
      rect.top >= box.top &&
      rect.bottom <= box.bottom;
    if (drawn && inView) {
      drawn.focus({ preventScroll: true });
      return;
    }
    const at = centre();
    if (at) void flow.setCenter(at.x, at.y, { zoom: flow.getZoom() });
    let frames = 0;
    const tryFocus = () => {
      const element = elementOf(selector);
      if (element) element.focus({ preventScroll: true });
      else if (++frames < 30) requestAnimationFrame(tryFocus);
    };
    requestAnimationFrame(tryFocus);
  };
  const focusCard = (id: string) => {
    setCurrent(id);
    focusElement(`.react-flow__node[data-id="${CSS.escape(id)}"]`, () => {
      const node = flow.getInternalNode(id);
      if (!node) return null;
      const { x, y } = node.internals.positionAbsolute;
      return { x: x + (node.measured.width ?? 0) / 2, y: y + (node.measured.height ?? 0) / 2 };
    });
  };
  const focusLine = (origin: string, lineId: string, index: number, count: number) => {
    lineOrigin.current = origin;
    const edge = flow.getEdge(lineId);
    setAnnouncement(t('canvasA11y.lineOf', { index: index + 1, count, name: edge?.ariaLabel ?? '' }));
    focusElement(`.react-flow__edge[data-id="${CSS.escape(lineId)}"]`, () => {
      const source = edge && flow.getInternalNode(edge.source);
      const target = edge && flow.getInternalNode(edge.target);
      if (!source || !target) return null;
      return {
        x: (source.internals.positionAbsolute.x + target.internals.positionAbsolute.x) / 2,
        y: (source.internals.positionAbsolute.y + target.internals.positionAbsolute.y) / 2,
      };
    });
  };

  /** L from a card or one of its lines: the next (Shift: the one before) of the card's lines. */
  const stepLine = (origin: string, fromLine: string | null, backwards: boolean) => {
    const own = linesOf(origin, shownPoints(), lines());
    if (own.length === 0) {
      setAnnouncement(t('canvasA11y.noLines'));
      return;
    }
    const at = fromLine ? own.findIndex((line) => line.id === fromLine) : -1;
    const index = at < 0 ? (backwards ? own.length - 1 : 0) : (at + (backwards ? own.length - 1 : 1)) % own.length;
    const line = own[index];
    if (line) focusLine(origin, line.id, index, own.length);
  };

  const moveCards = (focusedId: string, direction: Direction, big: boolean) => {
    const all = flow.getNodes();
    const focused = all.find((node) => node.id === focusedId);
    if (!focused) return;
    const chosen = focused.selected ? all.filter((node) => node.selected) : [focused];
    const ids = carriedIds(view, chosen);
    const distance = step * (big ? BIG_STEP : 1);
    const dx = MOVE[direction].x * distance;
    const dy = MOVE[direction].y * distance;
    const at = new Map(all.map((node) => [node.id, node.position]));
    const before = toMoves(itemIdOf, ids, (id) => at.get(id));
    const after = before.map((move) => ({ ...move, x: move.x + dx, y: move.y + dy }));
    if (after.length === 0) return;
    // Shown at once, so that the next press starts from here even before the store answers.
    setNodes((current) =>
      current.map((node) =>
        ids.has(node.id) ? { ...node, position: { x: node.position.x + dx, y: node.position.y + dy } } : node,
      ),
    );
    void commands.moveItems(before, after);
    setAnnouncement(
      t('canvasA11y.moved', {
        count: chosen.length,
        name: focused.ariaLabel?.split(t('canvasA11y.separator'))[0] ?? '',
        direction: t(`canvasA11y.direction.${direction}`),
      }),
    );
  };

  const clearSelection = (): boolean => {
    const anything = flow.getNodes().some((node) => node.selected) || flow.getEdges().some((edge) => edge.selected);
    if (anything) {
      store.getState().unselectNodesAndEdges();
      setAnnouncement(t('canvasA11y.selectionCleared'));
    }
    return anything;
  };

  const onCardKey = (event: KeyboardEvent, id: string): boolean => {
    const direction = DIRECTION_OF_KEY[event.key];
    if (direction && event.altKey && !event.ctrlKey && !event.metaKey) {
      if (!readOnly) moveCards(id, direction, event.shiftKey);
      return true;
    }
    if (!plainKey(event)) return false;
    if (direction) {
      if (event.shiftKey) return false;
      const next = nextCard(id, shownPoints(), lines(), direction);
      if (next) focusCard(next);
      return true;
    }
    if (event.key === 'Home' || event.key === 'End') {
      const order = readingOrder(shownPoints());
      const target = event.key === 'Home' ? order[0] : order[order.length - 1];
      if (target) focusCard(target.id);
      return true;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const node = flow.getNode(id);
      if (event.key === ' ' && node?.type === 'orgUnit') {
        if (!readOnly) {
          void commands.setCollapsed(node.data.itemId, !node.data.collapsed);
          const name = node.data.unit.name;
          setAnnouncement(t(node.data.collapsed ? 'canvasA11y.unitExpanded' : 'canvasA11y.unitCollapsed', { name }));
        }
        return true;
      }
      store.getState().addSelectedNodes([id]);
      if (event.key === 'Enter' && node?.type === 'note') requestNoteEdit(id);
      return true;
    }
    if (event.key.toLowerCase() === 'l') {
      stepLine(id, null, event.shiftKey);
      return true;
    }
    if (event.key === 'Escape') return clearSelection();
    return false;
  };

  const onLineKey = (event: KeyboardEvent, lineId: string): boolean => {
    if (!plainKey(event)) return false;
    const edge = flow.getEdge(lineId);
    const origin =
      lineOrigin.current && (edge?.source === lineOrigin.current || edge?.target === lineOrigin.current)
        ? lineOrigin.current
        : (edge?.source ?? null);
    if (!origin) return false;
    if (event.key.toLowerCase() === 'l') {
      stepLine(origin, lineId, event.shiftKey);
      return true;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      store.getState().addSelectedEdges([lineId]);
      return true;
    }
    if (event.key === 'Escape' || DIRECTION_OF_KEY[event.key]) {
      if (event.key === 'Escape') clearSelection();
      focusCard(origin);
      return true;
    }
    return false;
  };

  const onKeyDown = useStableCallback((event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    // Only keys pressed on a card or line itself: a note being written keeps its keys.
    const id = target.getAttribute('data-id');
    if (!id) return;
    const handled = target.classList.contains('react-flow__node')
      ? onCardKey(event, id)
      : target.classList.contains('react-flow__edge')
        ? onLineKey(event, id)
        : false;
    if (handled) event.preventDefault();
  });

  /** Whichever card gets focus, by key or click, is the one Tab comes back to. */
  const onFocus = useStableCallback((event: FocusEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    const id = target.getAttribute('data-id');
    if (id && target.classList.contains('react-flow__node')) setCurrent(id);
  });

  return { nodes: nodesWithTabStop, onKeyDown, onFocus, announcement };
}
