import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { reportError } from '../app/notify';
import type { UndoStack, Command } from './undoStack';

interface UndoApi {
  perform(command: Command): Promise<boolean>;
  /** Several commands as one undo step, for the rare gesture that needs more than one call. */
  group(label: string, build: (run: (command: Command) => Promise<void>) => Promise<void>): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Waits for edits still on their way to the store, e.g. a cell saved as focus left it. */
  idle(): Promise<void>;
  /** Forgets every step: after another file (or a restored backup) replaced the one they were made in. */
  clear(): void;
  canUndo: boolean;
  canRedo: boolean;
}

const UndoContext = createContext<UndoApi | null>(null);

export function UndoProvider({ stack, children }: { stack: UndoStack; children: ReactNode }) {
  const { t } = useTranslation();
  const snapshot = useSyncExternalStore(
    (listener) => stack.subscribe(listener),
    () => `${stack.canUndo}/${stack.canRedo}`,
  );
  const perform = useCallback(
    (command: Command) =>
      stack.perform(command).then(
        () => true,
        (error: unknown) => (reportError(error), false),
      ),
    [stack],
  );
  const group = useCallback(
    (label: string, build: (run: (command: Command) => Promise<void>) => Promise<void>) =>
      stack.group(label, build).then(
        () => true,
        (error: unknown) => (reportError(error), false),
      ),
    [stack],
  );
  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        const command = await stack[direction]();
        notifications.show({
          id: 'undo-redo',
          message: command
            ? t(direction === 'undo' ? 'undo.undone' : 'undo.redone', {
                label: t(`undo.${command.label}`),
              })
            : t(direction === 'undo' ? 'undo.nothingToUndo' : 'undo.nothingToRedo'),
          autoClose: 2000,
        });
      } catch (error) {
        reportError(error);
      }
    },
    [stack, t],
  );
  const value = useMemo<UndoApi>(
    () => ({
      perform,
      group,
      undo: () => step('undo'),
      redo: () => step('redo'),
      idle: () => stack.idle(),
      clear: () => stack.clear(),
      canUndo: snapshot.startsWith('true'),
      canRedo: snapshot.endsWith('true'),
    }),
    [perform, group, step, snapshot, stack],
  );
  return <UndoContext.Provider value={value}>{children}</UndoContext.Provider>;
}

export function useUndo(): UndoApi {
  const value = useContext(UndoContext);
  if (!value) throw new Error('useUndo outside UndoProvider');
  return value;
}
