import { useEffect, useState } from 'react';
import { useRouteHistory } from './useRouteHistory';
import { useEscapeReturnsFocus } from './useEscapeReturnsFocus';
import { Center, Loader } from '@mantine/core';
import { useApi } from '../api/client';
import { applyLanguageSetting } from '../i18n';
import { useUndo } from '../undo/UndoContext';
import { HomeScreen } from '../features/accounts/HomeScreen';
import { AccountScreen } from '../features/map/AccountScreen';
import { SettingsModal, type SettingsTab } from '../features/settings/SettingsModal';
import { FileStateNotice } from '../features/files/FileStateNotice';
import { onDatabaseChanged } from './databaseChanges';
import { QuickAddInteraction } from '../features/interactions/QuickAddInteraction';
import { Spotlight } from '../features/search/Spotlight';
import { MyPlanScreen } from '../features/plan/MyPlanScreen';
import type { AccountSection } from '../features/account/sections';
import { BackendUnavailable } from './BackendUnavailable';
import { useAction } from '../actions/useAction';
import { useActionKeys } from '../actions/useActionKeys';
import { useMenuActions } from '../actions/useMenuActions';
import { ShortcutSheet } from '../actions/ShortcutSheet';
import { usePresenting } from '../api/scope';
import { useTeamLiveReload } from '../features/team/useTeamStatus';

export type Route =
  | { screen: 'home' }
  | { screen: 'myPlan' }
  | {
      screen: 'account';
      accountId: string;
      openPerson?: { personId: string };
      /** A section to show on arrival (e.g. picked in search); a new request object shows it again. */
      openSection?: { section: AccountSection };
      /** A person to find on the map (picked in search while presenting). */
      focusPerson?: { personId: string };
    };

export function App() {
  const [route, setRoute] = useRouteHistory();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [settingsTab, setSettingsTab] = useState<SettingsTab>('general');
  const settings = useApi('settings.get', {});
  const undo = useUndo();
  // A shared screen changes nothing: no undo, no settings.
  const presenting = usePresenting();
  const [sheetOpen, setSheetOpen] = useState(false);

  useEffect(() => {
    if (settings.data) void applyLanguageSetting(settings.data.language);
  }, [settings.data]);

  // Another file (or a restored backup) is open now: start from home, with nothing of the old one to undo.
  const { clear: clearUndo } = undo;
  useEffect(
    () =>
      onDatabaseChanged(() => {
        clearUndo();
        setSettingsOpen(false);
        setRoute({ screen: 'home' });
      }),
    [clearUndo, setRoute],
  );

  useTeamLiveReload();
  useActionKeys();
  useMenuActions();
  useEscapeReturnsFocus();
  useAction(
    'app.undo',
    () => undo.undo(),
    () => !presenting,
  );
  useAction(
    'app.redo',
    () => undo.redo(),
    () => !presenting,
  );
  useAction(
    'app.settings',
    () => setSettingsOpen(true),
    () => !presenting,
  );
  useAction(
    'app.goHome',
    () => setRoute({ screen: 'home' }),
    () => route.screen !== 'home',
  );
  useAction('app.shortcutSheet', () => setSheetOpen(true));

  if (settings.isError) return <BackendUnavailable error={settings.error} onRetry={() => void settings.refetch()} />;
  if (settings.isPending) {
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );
  }
  const openSettings = (tab: SettingsTab = 'general') => {
    setSettingsTab(tab);
    setSettingsOpen(true);
  };
  return (
    <>
      {route.screen === 'home' ? (
        <HomeScreen
          onOpen={(accountId) => setRoute({ screen: 'account', accountId })}
          onOpenPerson={(accountId, personId) => setRoute({ screen: 'account', accountId, openPerson: { personId } })}
          onMyPlan={() => setRoute({ screen: 'myPlan' })}
          onSettings={() => openSettings()}
          onTeamSettings={() => openSettings('team')}
        />
      ) : route.screen === 'myPlan' ? (
        <MyPlanScreen
          onBack={() => setRoute({ screen: 'home' })}
          onOpenPerson={(accountId, personId) => setRoute({ screen: 'account', accountId, openPerson: { personId } })}
          onSettings={() => openSettings()}
        />
      ) : (
        <AccountScreen
          key={route.accountId}
          accountId={route.accountId}
          openPerson={route.openPerson}
          openSection={route.openSection}
          focusPerson={route.focusPerson}
          onBack={() => setRoute({ screen: 'home' })}
          onSettings={() => openSettings()}
        />
      )}
      <ShortcutSheet opened={sheetOpen} onClose={() => setSheetOpen(false)} />
      <SettingsModal opened={settingsOpen} onClose={() => setSettingsOpen(false)} tab={settingsTab} />
      <FileStateNotice onOpenBackups={() => openSettings('backups')} />
      {!presenting && <QuickAddInteraction accountId={route.screen === 'account' ? route.accountId : null} />}
      <Spotlight
        onNavigate={setRoute}
        presentedAccountId={presenting && route.screen === 'account' ? route.accountId : null}
      />
    </>
  );
}
