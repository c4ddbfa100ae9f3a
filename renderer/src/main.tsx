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
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { LockGate } from './features/security/LockGate';
import { queryClient } from './api/client';
import { initI18n } from './i18n';
import { theme } from './app/theme';
import { UndoProvider } from './undo/UndoContext';
import { UndoStack } from './undo/undoStack';

const undoStack = new UndoStack();
const nonce = takeStyleNonce();

void initI18n().then(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <MantineProvider theme={theme} getStyleNonce={() => nonce}>
        <Notifications position="bottom-right" limit={4} />
        <QueryClientProvider client={queryClient}>
          <UndoProvider stack={undoStack}>
            <LockGate>
              <App />
            </LockGate>
          </UndoProvider>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
});
