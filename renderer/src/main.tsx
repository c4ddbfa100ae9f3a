import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/spotlight/styles.css';
import '@mantine/charts/styles.css';
import '@xyflow/react/dist/style.css';
import './styles.css';
// First of the code: it sets zod up before any schema is built.
import { takeStyleNonce } from './app/contentSecurityPolicy';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { LockGate } from './features/security/LockGate';
import { queryClient } from './api/client';
import { initI18n } from './i18n';
import { cssVariablesResolver, useAppTheme } from './app/theme';
import { CalendarLanguage } from './app/calendarLanguage';
import { UndoProvider } from './undo/UndoContext';
import { UndoStack } from './undo/undoStack';
import { AccountReview } from './features/review/AccountReview';
import { parseReviewRoute } from '../../shared/domain/reviewRoute';
import { isRoomPage } from './api/roomPage';
import { RoomApp } from './features/room/RoomApp';

const undoStack = new UndoStack();
// Auto (the system's), light or dark, as picked in Settings; remembered on this machine.
const colorSchemeManager = localStorageColorSchemeManager({ key: 'powermap-color-scheme' });
const nonce = takeStyleNonce();
// The account review to print, when that is what this window was opened for.
const review = parseReviewRoute(window.location.hash);
// A viewer of a map shared to the room: the room's page, never the owner's app.
const room = isRoomPage();

function Root() {
  const theme = useAppTheme();
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
      // The account review is printed and filed: always on paper colours.
      forceColorScheme={review ? 'light' : undefined}
      getStyleNonce={() => nonce}
    >
      <Notifications position="bottom-right" limit={4} />
      <CalendarLanguage>
        <QueryClientProvider client={queryClient}>
          {room ? (
            <UndoProvider stack={undoStack}>
              <RoomApp />
            </UndoProvider>
          ) : review ? (
            <LockGate>
              <AccountReview request={review} />
            </LockGate>
          ) : (
            <UndoProvider stack={undoStack}>
              <LockGate>
                <App />
              </LockGate>
            </UndoProvider>
          )}
        </QueryClientProvider>
      </CalendarLanguage>
    </MantineProvider>
  );
}

void initI18n().then(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
});
