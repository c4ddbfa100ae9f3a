import { useMemo, useState } from 'react';
import { CloseButton, Group, Paper, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getViewportForBounds, useReactFlow, useStoreApi, type Rect } from '@xyflow/react';
import { CARD_SIZE } from './placement';
import type { MapView } from '../../../../shared/api/entities';
import { FOCUS_STEPS, neighbourhood, type FocusSteps } from '../../../../shared/domain/neighbourhood';
import { useAction } from '../../actions/useAction';
import type { Selection } from './selection';

export type FocusCentre = { kind: 'person'; id: string } | { kind: 'deal' };
export interface MapFocus {
  centre: FocusCentre;
  steps: FocusSteps;
}

/** The people a deal's neighbourhood starts from: those assessed for it on its map. */
const dealPeople = (view: MapView): string[] => (view.opportunity ? view.overrides.map((o) => o.personId) : []);

/** Every line on the map as a link between its two ends, whatever its kind. */
const linksOf = (view: MapView) =>
  view.relations.flatMap((r) => {
    const from = r.fromPersonId ?? r.fromMemberId;
    const to = r.toPersonId ?? r.toMemberId;
    return from && to ? [{ from, to }] : [];
  });

/**
 * Focus on one person's or one deal's neighbourhood: the people within `steps` lines stay, the
 * rest of the map fades (as a filter dims, so the map keeps its shape). F focuses the selected
 * person, the palette also the deal of a deal's map; Escape or the bar's close button ends it.
 */
export function useMapFocus(view: MapView, selection: Selection, onMap: boolean) {
  const [focus, setFocus] = useState<MapFocus | null>(null);
  const flow = useReactFlow();
  const people = useMemo(() => new Map(view.people.map((person) => [person.id, person])), [view.people]);
  // A focused person who has left the map ends the focus.
  const live = focus && (focus.centre.kind === 'deal' || people.has(focus.centre.id)) ? focus : null;
  const shown = useMemo(() => {
    if (!live) return undefined;
    const start = live.centre.kind === 'person' ? [live.centre.id] : dealPeople(view);
    return new Set(neighbourhood(start, linksOf(view), live.steps).keys());
  }, [live, view]);

  const store = useStoreApi();
  // From the nodes' positions, not fitView: a card never drawn in the DOM yet (the map opened far
  // out, painted on one canvas) has no measured size, and fitView would leave it out.
  const fitTo = (ids: Iterable<string>) => {
    const boxes: Rect[] = [];
    for (const id of ids) {
      const node = flow.getInternalNode(id);
      if (!node) continue;
      const { x, y } = node.internals.positionAbsolute;
      const width = node.measured.width ?? node.width ?? CARD_SIZE.width;
      const height = node.measured.height ?? node.height ?? CARD_SIZE.height;
      boxes.push({ x, y, width, height });
    }
    if (boxes.length === 0) return;
    const left = Math.min(...boxes.map((box) => box.x));
    const top = Math.min(...boxes.map((box) => box.y));
    const right = Math.max(...boxes.map((box) => box.x + box.width));
    const bottom = Math.max(...boxes.map((box) => box.y + box.height));
    const { width, height, minZoom } = store.getState();
    const bounds = { x: left, y: top, width: right - left, height: bottom - top };
    void flow.setViewport(getViewportForBounds(bounds, width, height, minZoom, 1.2, 0.2), { duration: 300 });
  };
  const start = (centre: FocusCentre) => {
    const steps = focus?.steps ?? 1;
    setFocus({ centre, steps });
    const ids = centre.kind === 'person' ? [centre.id] : dealPeople(view);
    fitTo(neighbourhood(ids, linksOf(view), steps).keys());
  };
  const selectedPerson = selection?.kind === 'person' && people.has(selection.id) ? selection.id : null;
  useAction(
    'map.focus',
    () => (selectedPerson ? start({ kind: 'person', id: selectedPerson }) : start({ kind: 'deal' })),
    () => onMap && (selectedPerson !== null || dealPeople(view).length > 0),
  );
  useAction(
    'map.focusDeal',
    () => start({ kind: 'deal' }),
    () => onMap && dealPeople(view).length > 0,
  );
  useAction(
    'map.endFocus',
    () => setFocus(null),
    () => live !== null,
  );

  const name =
    live?.centre.kind === 'person' ? (people.get(live.centre.id)?.name ?? '') : (view.opportunity?.name ?? '');
  return {
    focus: live,
    shown,
    count: shown ? [...shown].filter((id) => people.has(id)).length : 0,
    name,
    setSteps: (steps: FocusSteps) => setFocus((current) => (current ? { ...current, steps } : current)),
    end: () => setFocus(null),
  };
}

/** Says what the map is focused on, how many steps out, and ends the focus (Escape or ×). */
export function FocusBar({
  focus,
  name,
  count,
  onSteps,
  onClose,
}: {
  focus: MapFocus;
  name: string;
  count: number;
  onSteps(steps: FocusSteps): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      shadow="sm"
      px="sm"
      py={4}
      role="region"
      aria-label={t('bigMaps.bar.label')}
      data-testid="focus-bar"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <Group gap="sm" wrap="nowrap">
        <Text size="sm" fw={600} data-testid="focus-title" style={{ whiteSpace: 'nowrap' }}>
          {t(focus.centre.kind === 'person' ? 'bigMaps.bar.person' : 'bigMaps.bar.deal', { name })}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={t('bigMaps.bar.steps')}
          value={String(focus.steps)}
          onChange={(value) => onSteps(Number(value) as FocusSteps)}
          data={FOCUS_STEPS.map((steps) => ({ value: String(steps), label: t('bigMaps.bar.step', { count: steps }) }))}
        />
        <Text size="xs" c="dimmed" role="status" data-testid="focus-count" style={{ whiteSpace: 'nowrap' }}>
          {t('bigMaps.bar.shown', { count })}
        </Text>
        <CloseButton size="sm" aria-label={t('bigMaps.bar.close')} onClick={onClose} />
      </Group>
    </Paper>
  );
}
