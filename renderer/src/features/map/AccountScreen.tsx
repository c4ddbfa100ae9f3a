import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  ActionIcon,
  AppShell,
  Button,
  Center,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/client';
import { useUndo } from '../../undo/UndoContext';
import { ImportButton } from '../imports/ImportButton';
import { ImportWizard } from '../imports/ImportWizard';
import { FileDropTarget } from '../imports/FileDropTarget';
import { Inspector } from './Inspector';
import { MapCanvas } from './MapCanvas';
import { freeSpotNear } from './placement';
import { ExportMenu } from './ExportMenu';
import { CoverageView } from '../views/CoverageView';
import { InfluenceStanceView } from '../views/InfluenceStanceView';
import { VIEW_KINDS, type ViewKind } from '../views/viewKinds';
import { IconArrowLeft, IconHierarchy2, IconKeyboard, IconUserPlus } from '@tabler/icons-react';
import { AddMenu } from './AddMenu';
import { MapTabs } from './MapTabs';
import type { MapInfo } from '../../../../shared/api/entities';
import { foldableUnit, foldUnitUpdates, orgChartUpdates } from './orgChartMoves';
import { NO_FILTER, type MapFilter } from './mapFilter';
import { FocusBar, useMapFocus } from './FocusBar';
import type { Selection } from './selection';
import { useMapCommands, type DrawableKind } from './useMapCommands';
import type { AccountSection } from '../account/sections';
import { SectionNav } from '../account/SectionNav';
import { AccountSectionView } from '../account/AccountSectionView';
import type { ActionDraft } from '../plan/ActionModal';
import { PersonPage, type PersonPageTab } from '../people/PersonPage';
import { PersonPageContext } from '../people/personPageContext';
import { useTimeTravel } from '../history/useTimeTravel';
import { usePresenting } from '../../api/scope';
import { stopPresenting } from '../../app/presentation';
import { ReadOnlyContext } from './readOnlyContext';
import { InsightsDrawer } from '../insights/InsightsDrawer';
import { ReviewButton } from '../review/ReviewButton';
import { ShareToRoom } from '../room/ShareToRoom';
import { usePresentToRoom } from '../room/usePresentToRoom';
import { useShareStatus } from '../room/useShareStatus';
import { useAction } from '../../actions/useAction';
import { runAction } from '../../actions/registry';
import { withKeys } from '../../actions/platform';
import { useScreenHeading } from '../../app/useScreenHeading';
import { TeamHeaderStatus } from '../team/TeamHeaderStatus';
import { useViewingAccount } from '../team/useViewingAccount';

interface Props {
  accountId: string;
  /** A person to open on arrival (e.g. picked in search); a new request object opens it again. */
  openPerson?: { personId: string };
  /** A section to show on arrival (e.g. picked in search); a new request object shows it again. */
  openSection?: { section: AccountSection };
  /** A person to find on the map (picked in search while presenting); a new request finds them again. */
  focusPerson?: { personId: string };
  onBack(): void;
  onSettings(): void;
}

export function AccountScreen({ accountId, openPerson, openSection, focusPerson, onBack, onSettings }: Props) {
  const { t } = useTranslation();
  const account = useApi('accounts.get', { id: accountId });
  const maps = useApi('maps.list', { accountId });
  useViewingAccount(accountId);
  const [chosenMapId, setChosenMapId] = useState<string | null>(null);
  // A map that went away (deleted here or elsewhere) falls back to the account's first map.
  const mapId = maps.data?.find((map) => map.id === chosenMapId)?.id ?? maps.data?.[0]?.id;
  const view = useApi('maps.view', { mapId: mapId ?? '' }, mapId !== undefined);

  if (account.isError || maps.isError) {
    return (
      <Center h="100%">
        <Stack align="center">
          <Text>{t('errors.not_found')}</Text>
          <Button onClick={onBack}>{t('common.back')}</Button>
        </Stack>
      </Center>
    );
  }
  if (!account.data || !mapId || !view.data) {
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );
  }
  return (
    <ReactFlowProvider>
      <MapWorkspace
        maps={maps.data ?? []}
        onOpenMap={setChosenMapId}
        accountName={account.data.name}
        accountId={accountId}
        mapId={mapId}
        view={view.data}
        openPerson={openPerson}
        openSection={openSection}
        focusPerson={focusPerson}
        onBack={onBack}
        onSettings={onSettings}
      />
    </ReactFlowProvider>
  );
}

type WorkspaceProps = Omit<Props, 'accountId'> & {
  accountId: string;
  accountName: string;
  maps: MapInfo[];
  onOpenMap(mapId: string): void;
  mapId: string;
  view: NonNullable<ReturnType<typeof useApi<'maps.view'>>['data']>;
};

function MapWorkspace(props: WorkspaceProps) {
  const { accountId, accountName, maps, onOpenMap, mapId, openPerson, openSection, focusPerson, onBack, onSettings } =
    props;
  const { t } = useTranslation();
  const undo = useUndo();
  const commands = useMapCommands(accountId, mapId);
  const [selection, setSelection] = useState<Selection>(null);
  const [focusName, setFocusName] = useState<string | null>(null);
  const [filter, setFilter] = useState<MapFilter>(NO_FILTER);
  const [lineKind, setLineKind] = useState<DrawableKind>('reports_to');
  const [viewKind, setViewKind] = useState<ViewKind>('canvas');
  const [actionDraft, setActionDraft] = useState<ActionDraft | null>(null);
  const [section, setSection] = useState<AccountSection>(openSection?.section ?? 'map');
  // The account's name heads the map; every other section has a heading of its own.
  const mapHeading = useScreenHeading(section === 'map' ? 'map' : null);
  // Below this width the map's tools and the view switch no longer fit side by side with labels.
  const compactHeader = useMediaQuery('(max-width: 1480px)') ?? false;
  const [handledSection, setHandledSection] = useState(openSection);
  if (openSection !== handledSection) {
    setHandledSection(openSection);
    if (openSection) setSection(openSection.section);
  }
  const [personPage, setPersonPage] = useState<{ id: string | null; tab: PersonPageTab }>({
    id: openPerson?.personId ?? null,
    tab: 'details',
  });
  const presenting = usePresenting();
  // The person page shows everything about someone: never on a shared screen.
  const openPersonPage = useCallback(
    (id: string) => {
      if (!presenting) setPersonPage({ id, tab: 'details' });
    },
    [presenting],
  );
  // Leaving the account leaves the presentation too.
  useEffect(() => stopPresenting, []);
  // A new request to open someone (from search) opens them even when this screen is already up.
  const [handledRequest, setHandledRequest] = useState(openPerson);
  if (openPerson !== handledRequest) {
    setHandledRequest(openPerson);
    if (openPerson) setPersonPage({ id: openPerson.personId, tab: 'details' });
  }
  const travel = useTimeTravel(mapId, props.view);
  const [handledFocus, setHandledFocus] = useState(focusPerson);
  const [focusRequest, setFocusRequest] = useState<{ personId: string } | undefined>(undefined);
  if (focusPerson !== handledFocus) {
    setHandledFocus(focusPerson);
    if (focusPerson) {
      setSection('map');
      setViewKind('canvas');
      setFocusRequest(focusPerson);
    }
  }
  const view = travel.view;
  const asideHidden = section !== 'map' || travel.presenting;
  // A person picked in any view is the one the inspector shows.
  const selectPerson = useCallback((id: string | null) => setSelection(id ? { kind: 'person', id } : null), []);

  const addPersonAt = useCallback(
    (position: { x: number; y: number }) => {
      const { personId, done } = commands.addPerson(t('map.newPersonName'), position);
      void done.then((ok) => {
        if (ok) {
          setSelection({ kind: 'person', id: personId });
          setFocusName(personId);
        }
      });
    },
    [commands, t],
  );
  const flow = useReactFlow();
  const canvasRef = useRef<HTMLDivElement>(null);
  const addPersonInView = useCallback(() => {
    // Where the user is looking, in the nearest slot no other card takes.
    const box = canvasRef.current?.getBoundingClientRect();
    const centre = box
      ? flow.screenToFlowPosition({ x: box.x + box.width / 2, y: box.y + box.height / 2 })
      : { x: 0, y: 0 };
    addPersonAt(freeSpotNear(centre, view.items));
  }, [addPersonAt, flow, view.items]);
  const spotInView = useCallback(() => {
    const box = canvasRef.current?.getBoundingClientRect();
    const centre = box
      ? flow.screenToFlowPosition({ x: box.x + box.width / 2, y: box.y + box.height / 2 })
      : { x: 0, y: 0 };
    return freeSpotNear(centre, view.items);
  }, [flow, view.items]);

  const share = useShareStatus().data;
  usePresentToRoom(canvasRef, share?.sharing === true && share.mapId === mapId && section === 'map');
  const peopleNames = useMemo(() => new Map(view.people.map((person) => [person.id, person.name])), [view.people]);

  const onMap = section === 'map' && !travel.readOnly;
  useAction('map.addPerson', addPersonInView, () => onMap);
  useAction(
    'map.fit',
    () => flow.fitView({ duration: 300, padding: 0.2 }),
    () => section === 'map',
  );
  const layOut = () => void commands.updateItems(orgChartUpdates(view));
  useAction('map.orgChartLayout', layOut, () => onMap && view.people.length > 0);
  const unitToFold = foldableUnit(view, selection);
  useAction(
    'map.foldUnit',
    () => unitToFold && void commands.updateItems(foldUnitUpdates(view, unitToFold)),
    () => onMap && unitToFold !== null,
  );
  const mapFocus = useMapFocus(view, selection, section === 'map');
  const { shown: focusShown } = mapFocus;
  const canvasFilter = useMemo(() => (focusShown ? { ...filter, focus: focusShown } : filter), [filter, focusShown]);
  const changeFilter = useCallback(({ focus: _focus, ...chosen }: MapFilter) => setFilter(chosen), []);

  return (
    <PersonPageContext.Provider value={openPersonPage}>
      <ReadOnlyContext.Provider value={travel.readOnly}>
        <AppShell
          header={{ height: 56 }}
          // Presenting on a wall screen, the map takes the whole window.
          navbar={{ width: 76, breakpoint: 0, collapsed: { desktop: travel.presenting, mobile: travel.presenting } }}
          aside={{ width: 340, breakpoint: 0, collapsed: { desktop: asideHidden, mobile: asideHidden } }}
        >
          <ImportWizard
            accountId={accountId}
            map={{ id: mapId, name: view.map.name }}
            onShowPeople={() => setSection('people')}
          />
          <FileDropTarget enabled={!presenting && !travel.readOnly} />
          <AppShell.Header px="md">
            <Group h="100%" justify="space-between" wrap="nowrap">
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <Tooltip label={t('home.title')}>
                  <ActionIcon
                    variant="subtle"
                    size="lg"
                    onClick={onBack}
                    aria-label={t('common.back')}
                    data-testid="back-home"
                  >
                    <IconArrowLeft size={18} />
                  </ActionIcon>
                </Tooltip>
                <Title
                  order={1}
                  size="h4"
                  ref={mapHeading}
                  data-testid="account-title"
                  lineClamp={1}
                  style={{ minWidth: 96 }}
                >
                  {accountName}
                </Title>
                {!presenting && <TeamHeaderStatus accountId={accountId} />}
                {section === 'map' && (
                  <SegmentedControl
                    ml="md"
                    style={{ flexShrink: 0 }}
                    value={viewKind}
                    onChange={(kind) => setViewKind(kind as ViewKind)}
                    data={VIEW_KINDS.map((kind) => ({ value: kind, label: t(`views.${kind}`) }))}
                    aria-label={t('views.label')}
                    data-testid="view-switch"
                  />
                )}
              </Group>
              <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
                {!presenting && (
                  <>
                    <InsightsDrawer
                      accountId={accountId}
                      mapId={mapId}
                      people={view.people}
                      onMakeAction={(prefill) => {
                        setActionDraft(prefill);
                        setSection('plan');
                      }}
                    />
                    <Tooltip label={withKeys(t('common.undo'), 'app.undo')}>
                      <ActionIcon
                        variant="default"
                        size="lg"
                        disabled={!undo.canUndo}
                        onClick={() => void undo.undo()}
                        aria-label={t('common.undo')}
                      >
                        ↶
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={withKeys(t('common.redo'), 'app.redo')}>
                      <ActionIcon
                        variant="default"
                        size="lg"
                        disabled={!undo.canRedo}
                        onClick={() => void undo.redo()}
                        aria-label={t('common.redo')}
                      >
                        ↷
                      </ActionIcon>
                    </Tooltip>
                  </>
                )}
                {section === 'map' && travel.control}
                {section === 'map' && !travel.readOnly && (
                  <>
                    <Tooltip
                      label={`${t('palette.layout')}${t('common.colon')}${t('palette.layoutHint')}`}
                      multiline
                      w={260}
                    >
                      <ActionIcon
                        variant="default"
                        size="lg"
                        onClick={layOut}
                        disabled={view.people.length === 0}
                        aria-label={t('palette.layout')}
                        data-testid="org-chart-layout"
                      >
                        <IconHierarchy2 size={18} />
                      </ActionIcon>
                    </Tooltip>
                    <AddMenu view={view} commands={commands} spot={spotInView} onAddPerson={addPersonInView} />
                    <ExportMenu
                      mapName={`${accountName} — ${view.map.name}`}
                      accountId={accountId}
                      mapId={view.map.id}
                      compact={compactHeader}
                    />
                    <Tooltip label={withKeys(t('shortcuts.title'), 'app.shortcutSheet')}>
                      <ActionIcon
                        variant="subtle"
                        size="lg"
                        onClick={() => runAction('app.shortcutSheet')}
                        aria-label={t('shortcuts.title')}
                        data-testid="open-shortcuts"
                      >
                        <IconKeyboard size={18} />
                      </ActionIcon>
                    </Tooltip>
                    {compactHeader ? (
                      <Tooltip label={withKeys(t('map.addPerson'), 'map.addPerson')}>
                        <ActionIcon
                          variant="filled"
                          size="lg"
                          onClick={addPersonInView}
                          aria-label={t('map.addPerson')}
                          data-testid="add-person"
                        >
                          <IconUserPlus size={18} />
                        </ActionIcon>
                      </Tooltip>
                    ) : (
                      <Button
                        onClick={addPersonInView}
                        data-testid="add-person"
                        title={withKeys(t('map.addPerson'), 'map.addPerson')}
                      >
                        {t('map.addPerson')}
                      </Button>
                    )}
                  </>
                )}
                {!presenting && (
                  <ShareToRoom accountId={accountId} mapId={mapId} peopleNames={peopleNames} spot={spotInView} />
                )}
                {!presenting && <ReviewButton accountId={accountId} />}
                {!presenting && !travel.readOnly && <ImportButton />}
                {!presenting && (
                  <Tooltip label={t('settings.title')}>
                    <ActionIcon
                      variant="subtle"
                      size="lg"
                      onClick={onSettings}
                      aria-label={t('settings.title')}
                      data-testid="open-settings"
                    >
                      ⚙
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Group>
          </AppShell.Header>
          {/* Folded away while presenting, and out of the keyboard's reach too. */}
          <AppShell.Navbar p={6} inert={travel.presenting}>
            <SectionNav value={section} onChange={setSection} />
          </AppShell.Navbar>
          <AppShell.Main style={{ height: '100vh' }}>
            {section !== 'map' ? (
              <AccountSectionView
                section={section}
                accountId={accountId}
                actionDraft={actionDraft}
                onActionDraftClosed={() => setActionDraft(null)}
              />
            ) : (
              <>
                <MapTabs accountId={accountId} maps={maps} currentId={mapId} onOpen={onOpenMap} />
                {view.opportunity && (
                  <Text size="xs" px="sm" py={4} bg="indigo.0" c="indigo.9" data-testid="deal-banner">
                    {t('maps.dealBanner', { name: view.opportunity.name })}
                  </Text>
                )}
                {travel.banner}
                <div
                  ref={canvasRef}
                  style={{
                    position: 'relative',
                    height: `calc(100vh - 56px - 38px${view.opportunity ? ' - 26px' : ''})`,
                  }}
                >
                  <MapCanvas
                    key={mapId}
                    view={view}
                    commands={commands}
                    selection={selection}
                    filter={canvasFilter}
                    onFilterChange={changeFilter}
                    lineKind={lineKind}
                    onLineKindChange={setLineKind}
                    onSelect={setSelection}
                    onAddPersonAt={addPersonAt}
                    readOnly={travel.readOnly}
                    presenting={travel.presenting}
                    focusRequest={focusRequest}
                  />
                  {mapFocus.focus && viewKind === 'canvas' && (
                    <div
                      style={{
                        position: 'absolute',
                        bottom: 12,
                        left: '50%',
                        transform: 'translateX(-50%)',
                        width: 'max-content',
                        zIndex: 5,
                      }}
                    >
                      <FocusBar
                        focus={mapFocus.focus}
                        name={mapFocus.name}
                        count={mapFocus.count}
                        onSteps={mapFocus.setSteps}
                        onClose={mapFocus.end}
                      />
                    </div>
                  )}
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
                          view={view}
                          accountId={accountId}
                          mapId={mapId}
                          commands={commands}
                          onSelectPerson={selectPerson}
                        />
                      ) : (
                        <CoverageView
                          view={view}
                          accountId={accountId}
                          mapId={mapId}
                          commands={commands}
                          onSelectPerson={selectPerson}
                        />
                      )}
                    </div>
                  )}
                  {viewKind === 'canvas' && view.items.length === 0 && (
                    <Center style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}>
                      <Stack align="center" gap={4}>
                        <Title order={4}>{t('map.emptyTitle')}</Title>
                        <Text c="dimmed">{t('map.emptyBody')}</Text>
                      </Stack>
                    </Center>
                  )}
                </div>
              </>
            )}
          </AppShell.Main>
          <AppShell.Aside p="md" style={{ overflowY: 'auto' }}>
            {travel.readOnly ? (
              travel.aside
            ) : (
              <Inspector
                view={view}
                selection={selection}
                commands={commands}
                focusNameOf={focusName}
                onFocused={() => setFocusName(null)}
                onDeleted={() => setSelection(null)}
              />
            )}
          </AppShell.Aside>
          <PersonPage
            accountId={accountId}
            personId={presenting ? null : personPage.id}
            tab={personPage.tab}
            onTabChange={(tab) => setPersonPage((page) => ({ ...page, tab }))}
            onClose={() => setPersonPage((page) => ({ ...page, id: null }))}
          />
        </AppShell>
      </ReadOnlyContext.Provider>
    </PersonPageContext.Provider>
  );
}
