import type { MethodName } from '../../../shared/api/contract';
import { invalidate } from '../api/client';
import type { Command } from './undoStack';

/**
 * An undoable edit made of store calls. After each step, done or failed, every view reading one
 * of `reads` reloads, so the canvas, the tables and the inspector never disagree.
 */
export function storeCommand(
  label: string,
  reads: readonly MethodName[],
  redo: () => Promise<unknown>,
  undo: () => Promise<unknown>,
): Command {
  const step = (work: () => Promise<unknown>) => async () => {
    try {
      await work();
    } finally {
      await invalidate(...reads);
    }
  };
  return { label, redo: step(redo), undo: step(undo) };
}
