import { useCallback, useState } from 'react';
import { AppShell, Center, Drawer, Loader, Text, Title } from '@mantine/core';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { refreshReadsOf, useApi } from '../../api/client';
import type { JoinedRoom } from '../../api/roomTransport';
import { MapCanvas } from '../map/MapCanvas';
import { NO_FILTER, type MapFilter } from '../map/mapFilter';
import { ReadOnlyContext } from '../map/readOnlyContext';
import type { Selection } from '../map/selection';
import { useMapCommands, type DrawableKind } from '../map/useMapCommands';
import { CoverageView } from '../views/CoverageView';
import { InfluenceStanceView } from '../views/InfluenceStanceView';
import type { ViewKind } from '../views/viewKinds';
import { RoomNoteModal } from './RoomNoteModal';
import { RoomPersonCard } from './RoomPersonCard';
import { useRoomEvents, type PresenterView } from './useRoomEvents';
import { RoomHeader, roomHeaderHeight } from './RoomHeader';
import { useNarrowScreen } from '../../app/narrowScreen';

const FOLLOW_DURATION_MS = 200;
const noop = () => undefined;

/**
 * What a viewer in the room sees: the shared map, its grid and coverage matrix, read-only, live;
 * the presenter's view when they choose to follow it; a card of whoever they select; and a way
 * to send the host a note.
 */
export function RoomViewer({ room, onEnded }: { room: JoinedRoom; onEnded(): void }) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const view = useApi('maps.view', { mapId: room.mapId });
  const commands = useMapCommands(room.accountId, room.mapId);
  const [viewKind, setViewKind] = useState<ViewKind>('canvas');
  const [selection, setSelection] = useState<Selection>(null);
  const [filter, setFilter] = useState<MapFilter>(NO_FILTER);
  const [lineKind, setLineKind] = useState<DrawableKind>('reports_to');
  const [following, setFollowing] = useState(false);
  const [presenter, setPresenter] = useState<PresenterView | null>(null);
  const [noteOpen, setNoteOpen] = useState(false);
  const narrow = useNarrowScreen();
  const goTo = useCallback(
    (target: PresenterView) =>
      void flow.setCenter(target.x, target.y, { zoom: target.zoom, duration: FOLLOW_DURATION_MS }),
    [flow],
  );
  const link = useRoomEvents({
    onChanged: (tables) => void refreshReadsOf(tables),
    onViewport: (target) => {
      setPresenter(target);
      if (following && viewKind === 'canvas') goTo(target);
    },
    onEnded,
  });
  const follow = (on: boolean) => {
    setFollowing(on);
    if (on && presenter) goTo(presenter);
  };
  const selectPerson = useCallback((id: string | null) => setSelection(id ? { kind: 'person', id } : null), []);

  if (view.isError) {
    return (
      <Center h="100vh">
        <Text role="alert">{t('errors.share_ended')}</Text>
      </Center>
    );
  }
  if (!view.data) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  const personId = selection?.kind === 'person' ? selection.id : null;
  const headerHeight = roomHeaderHeight(narrow);
  return (
    <ReadOnlyContext.Provider value={true}>
      <AppShell header={{ height: headerHeight }} aside={{ width: 300, breakpoint: 'sm', collapsed: { mobile: true } }}>
        <AppShell.Header px={narrow ? 'xs' : 'md'}>
          <RoomHeader
            title={`${room.accountName} — ${view.data.map.name}`}
            link={link}
            viewKind={viewKind}
            onViewKind={setViewKind}
            following={following}
            onFollow={follow}
            onSendNote={() => setNoteOpen(true)}
            narrow={narrow}
          />
        </AppShell.Header>
        <AppShell.Main>
          <div style={{ position: 'relative', height: `calc(100vh - ${headerHeight}px)` }}>
            <MapCanvas
              view={view.data}
              commands={commands}
              selection={selection}
              filter={filter}
              onFilterChange={setFilter}
              lineKind={lineKind}
              onLineKindChange={setLineKind}
              onSelect={setSelection}
              onAddPersonAt={noop}
              readOnly
            />
            {viewKind !== 'canvas' && (
              <div
                style={{
                  position: 'absolute',
                  inset: 0,
                  zIndex: 10,
                  background: 'var(--mantine-color-body)',
                  overflow: 'auto',
                }}
              >
                {viewKind === 'grid' ? (
                  <InfluenceStanceView
                    view={view.data}
                    accountId={room.accountId}
                    mapId={room.mapId}
                    commands={commands}
                    onSelectPerson={selectPerson}
                  />
                ) : (
                  <CoverageView
                    view={view.data}
                    accountId={room.accountId}
                    mapId={room.mapId}
                    commands={commands}
                    onSelectPerson={selectPerson}
                  />
                )}
              </div>
            )}
          </div>
        </AppShell.Main>
        <AppShell.Aside p="md" aria-label={t('room.viewer.cardTitle')}>
          <Title order={2} size="h5" mb="sm">
            {t('room.viewer.cardTitle')}
          </Title>
          <RoomPersonCard view={view.data} personId={personId} />
        </AppShell.Aside>
      </AppShell>
      {/* On a phone the card is a sheet over the map, while someone is selected. */}
      <Drawer
        opened={narrow && personId !== null}
        onClose={() => setSelection(null)}
        position="bottom"
        size="55%"
        title={t('room.viewer.cardTitle')}
        data-testid="room-card-sheet"
      >
        <RoomPersonCard view={view.data} personId={personId} />
      </Drawer>
      <RoomNoteModal
        opened={noteOpen}
        people={view.data.people}
        aboutId={personId}
        onClose={() => setNoteOpen(false)}
      />
    </ReadOnlyContext.Provider>
  );
}
