import { useState, type ReactNode } from 'react';
import { Button, DEFAULT_THEME, Group, Text } from '@mantine/core';
import { IconHistory, IconPresentation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MapView } from '../../../../shared/api/entities';
import { useApi } from '../../api/client';
import { usePresenting } from '../../api/scope';
import { readableOn } from '../../app/contrast';
import { reportError } from '../../app/notify';
import { startPresenting, stopPresenting } from '../../app/presentation';
import { formatDay, localDay, utcOffset } from './format';
import { MoversAside } from './MoversAside';
import { TimeTravelControl, type Travel } from './TimeTravelControl';
import { useAction } from '../../actions/useAction';

export interface TimeTravel {
  /** The view to draw: today's, or the map as it stood on a past date. */
  view: MapView;
  /** True while a past date is shown: the canvas does not edit. */
  readOnly: boolean;
  /** The map is on a wall screen: it takes the whole window. */
  presenting: boolean;
  /** Shown above the canvas while travelling (date, way back to today). */
  banner: ReactNode;
  /** The header control that picks a date or two to compare. */
  control: ReactNode;
  /** Replaces the inspector while travelling (e.g. who moved, which way). */
  aside: ReactNode;
}

const TODAY: Travel = { kind: 'today' };

/** The banner is on its pale tint in both schemes; its text is the tint's hue, dark enough to read at AA. */
const { grape, orange } = DEFAULT_THEME.colors;
const BANNER_TEXT = {
  presenting: readableOn(grape[9], [grape[0]], 'darken'),
  travelling: readableOn(orange[9], [orange[0]], 'darken'),
};

/**
 * Which picture of the map the workspace draws: today's; as it stood on a past day (or the later
 * of two compared days). Presenting puts the whole window in the public scope, so every
 * view of it is private-free. Esc comes back to today.
 */
export function useTimeTravel(mapId: string, today: MapView): TimeTravel {
  const { t, i18n } = useTranslation();
  const [travel, setTravel] = useState<Travel>(TODAY);
  const presenting = usePresenting();
  // Another map is another story: start from today there.
  const [shownMap, setShownMap] = useState(mapId);
  if (shownMap !== mapId) {
    setShownMap(mapId);
    setTravel(TODAY);
  }
  const date = travel.kind === 'asOf' ? travel.date : travel.kind === 'compare' ? travel.to : undefined;
  const offset = utcOffset();
  const past = useApi('history.mapAsOf', { mapId, date: date ?? '', utcOffset: offset }, date !== undefined);
  const view = (date !== undefined ? past.data : undefined) ?? today;

  const back = () => {
    setTravel(TODAY);
    stopPresenting();
  };
  const present = (on: boolean) => (on ? startPresenting().catch(reportError) : stopPresenting());
  const travelling = travel.kind !== 'today';
  useAction('history.backToToday', back, () => travelling || presenting);

  let banner: ReactNode = null;
  if (travelling || presenting) {
    const label = presenting
      ? t('history.presentationBanner')
      : travel.kind === 'compare'
        ? t('history.compareBanner', {
            from: formatDay(travel.from, i18n.language),
            to: formatDay(travel.to, i18n.language),
          })
        : t('history.banner', { date: formatDay(date ?? '', i18n.language) });
    // A zero-height holder: the banner floats over the top of the canvas and leaves its size alone.
    banner = (
      <div style={{ position: 'relative', height: 0, zIndex: 20 }}>
        <Group
          gap="sm"
          px="sm"
          py={4}
          bg={presenting ? 'grape.0' : 'orange.0'}
          c={presenting ? BANNER_TEXT.presenting : BANNER_TEXT.travelling}
          justify="space-between"
          wrap="nowrap"
          data-testid="time-travel-banner"
          style={{
            position: 'absolute',
            top: 56,
            left: '50%',
            transform: 'translateX(-50%)',
            width: 'min(720px, calc(100% - 24px))',
            borderRadius: 6,
            boxShadow: 'var(--mantine-shadow-sm)',
          }}
        >
          <Group gap={6} wrap="nowrap">
            {presenting ? <IconPresentation size={16} /> : <IconHistory size={16} />}
            <Text size="sm" fw={600}>
              {label}
            </Text>
          </Group>
          <Button size="compact-sm" variant="white" onClick={back} data-testid="back-to-today">
            {presenting && !travelling ? t('history.presentationEnd') : t('history.backToToday')} · Esc
          </Button>
        </Group>
      </div>
    );
  }

  let aside: ReactNode = null;
  if (travelling && date !== undefined) {
    aside = (
      <MoversAside
        mapId={mapId}
        from={travel.kind === 'compare' ? travel.from : date}
        to={travel.kind === 'compare' ? travel.to : localDay()}
        view={today}
      />
    );
  }

  return {
    view,
    readOnly: travelling || presenting,
    presenting,
    banner,
    control: <TimeTravelControl travel={travel} onTravel={setTravel} presenting={presenting} onPresent={present} />,
    aside,
  };
}
