import { refreshesSettled } from '../api/client';
import type { Command } from './undoStack';

/**
 * An undoable edit made of store calls. Each write reloads the views that read what it wrote
 * (see api.call); a step, done or failed, ends once they have, so the canvas, the tables and the
 * inspector never disagree when the next step starts.
 */
export function storeCommand(label: string, redo: () => Promise<unknown>, undo: () => Promise<unknown>): Command {
  const step = (work: () => Promise<unknown>) => async () => {
    try {
      await work();
    } finally {
      await refreshesSettled();
    }
  };
  return { label, redo: step(redo), undo: step(undo) };
}
