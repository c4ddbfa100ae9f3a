import type { Command } from './undoStack';

/**
 * An undoable edit made of store calls. Each write reloads the views that read what it wrote
 * (see api.call), so the canvas, the tables and the inspector never disagree after a step.
 */
export function storeCommand(label: string, redo: () => Promise<unknown>, undo: () => Promise<unknown>): Command {
  const step = (work: () => Promise<unknown>) => async () => {
    await work();
  };
  return { label, redo: step(redo), undo: step(undo) };
}
