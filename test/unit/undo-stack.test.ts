import { describe, expect, it } from 'vitest';
import { UndoStack, type Command } from '../../renderer/src/undo/undoStack';

/** A command that records each call in a shared log. */
function command(name: string, log: string[]): Command {
  return {
    label: name,
    redo: async () => {
      log.push(`${name}.redo`);
    },
    undo: async () => {
      log.push(`${name}.undo`);
    },
  };
}

/** A promise the test resolves by hand, to hold a command in flight. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('UndoStack', () => {
  it('runs a command when it is performed and records it', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    expect(stack.canUndo).toBe(false);
    await stack.perform(command('a', log));
    expect(log).toEqual(['a.redo']);
    expect(stack.canUndo).toBe(true);
    expect(stack.canRedo).toBe(false);
  });

  it('undoes in reverse order and redoes in the original order', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    await stack.perform(command('a', log));
    await stack.perform(command('b', log));
    await stack.perform(command('c', log));
    log.length = 0;

    expect((await stack.undo())?.label).toBe('c');
    expect((await stack.undo())?.label).toBe('b');
    expect((await stack.undo())?.label).toBe('a');
    expect(await stack.undo()).toBeNull();
    expect(stack.canUndo).toBe(false);
    expect(stack.canRedo).toBe(true);

    expect((await stack.redo())?.label).toBe('a');
    expect((await stack.redo())?.label).toBe('b');
    expect(await stack.undo()).not.toBeNull();
    expect((await stack.redo())?.label).toBe('b');
    expect((await stack.redo())?.label).toBe('c');
    expect(await stack.redo()).toBeNull();

    expect(log).toEqual(['c.undo', 'b.undo', 'a.undo', 'a.redo', 'b.redo', 'b.undo', 'b.redo', 'c.redo']);
  });

  it('returns null and runs nothing when there is nothing to undo or redo', async () => {
    const stack = new UndoStack();
    expect(await stack.undo()).toBeNull();
    expect(await stack.redo()).toBeNull();
  });

  it('forgets what was undone once a new edit is performed', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    await stack.perform(command('a', log));
    await stack.perform(command('b', log));
    await stack.undo();
    expect(stack.canRedo).toBe(true);
    await stack.perform(command('c', log));
    expect(stack.canRedo).toBe(false);
    expect(await stack.redo()).toBeNull();
    expect((await stack.undo())?.label).toBe('c');
    expect((await stack.undo())?.label).toBe('a');
    expect(log).toEqual(['a.redo', 'b.redo', 'b.undo', 'c.redo', 'c.undo', 'a.undo']);
  });

  it('does not record a command whose first run fails, and keeps the redo history', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    await stack.perform(command('a', log));
    await stack.perform(command('b', log));
    await stack.undo();
    const failing: Command = {
      label: 'broken',
      redo: () => Promise.reject(new Error('store refused')),
      undo: async () => {
        log.push('broken.undo');
      },
    };
    await expect(stack.perform(failing)).rejects.toThrow('store refused');
    expect(stack.canRedo).toBe(true);
    expect((await stack.undo())?.label).toBe('a');
    expect(stack.canUndo).toBe(false);
    expect(log).not.toContain('broken.undo');
  });

  it('keeps a command on the stack when its undo fails', async () => {
    const stack = new UndoStack();
    let undoFails = true;
    const flaky: Command = {
      label: 'flaky',
      redo: async () => undefined,
      undo: async () => {
        if (undoFails) throw new Error('offline');
      },
    };
    await stack.perform(flaky);
    await expect(stack.undo()).rejects.toThrow('offline');
    expect(stack.canUndo).toBe(true);
    expect(stack.canRedo).toBe(false);
    undoFails = false;
    expect(await stack.undo()).toBe(flaky);
    expect(stack.canRedo).toBe(true);
  });

  it('runs commands one at a time, in call order, even when nobody awaits', async () => {
    const log: string[] = [];
    const gates = { a: deferred(), b: deferred() };
    const slow = (name: 'a' | 'b'): Command => ({
      label: name,
      redo: async () => {
        log.push(`${name}.redo:start`);
        await gates[name].promise;
        log.push(`${name}.redo:end`);
      },
      undo: async () => {
        log.push(`${name}.undo`);
      },
    });
    const stack = new UndoStack();
    const calls = [stack.perform(slow('a')), stack.perform(slow('b')), stack.undo(), stack.undo(), stack.redo()];

    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log).toEqual(['a.redo:start']);
    gates.b.resolve(); // b may not finish first: it has not even started
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log).toEqual(['a.redo:start']);
    gates.a.resolve();
    await Promise.all(calls);

    expect(log).toEqual([
      'a.redo:start',
      'a.redo:end',
      'b.redo:start',
      'b.redo:end',
      'b.undo',
      'a.undo',
      'a.redo:start',
      'a.redo:end',
    ]);
    expect(stack.canUndo).toBe(true);
    expect(stack.canRedo).toBe(true);
  });

  it('goes on with queued commands after one fails', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    const failing = stack.perform({
      label: 'x',
      redo: () => Promise.reject(new Error('no')),
      undo: async () => undefined,
    });
    const next = stack.perform(command('b', log));
    await expect(failing).rejects.toThrow('no');
    await next;
    expect(log).toEqual(['b.redo']);
    expect((await stack.undo())?.label).toBe('b');
  });

  it('keeps at most `limit` commands, dropping the oldest', async () => {
    const log: string[] = [];
    const stack = new UndoStack(2);
    for (const name of ['a', 'b', 'c']) await stack.perform(command(name, log));
    expect((await stack.undo())?.label).toBe('c');
    expect((await stack.undo())?.label).toBe('b');
    expect(await stack.undo()).toBeNull();
  });

  it('tells subscribers after every change until they unsubscribe', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    let calls = 0;
    const unsubscribe = stack.subscribe(() => calls++);
    await stack.perform(command('a', log));
    await stack.undo();
    await stack.redo();
    expect(calls).toBe(3);
    stack.clear();
    expect(calls).toBe(4);
    expect(stack.canUndo).toBe(false);
    expect(stack.canRedo).toBe(false);
    unsubscribe();
    await stack.perform(command('b', log));
    expect(calls).toBe(4);
  });

  it('records a group of commands as one step that undoes them all, last first', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    await stack.perform(command('before', log));
    await stack.group('gesture', async (step) => {
      await step(command('a', log));
      await step(command('b', log));
    });
    log.length = 0;
    expect((await stack.undo())?.label).toBe('gesture');
    expect(log).toEqual(['b.undo', 'a.undo']);
    expect((await stack.redo())?.label).toBe('gesture');
    expect(log).toEqual(['b.undo', 'a.undo', 'a.redo', 'b.redo']);
    // A second undo after the group's reaches the step before it.
    await stack.undo();
    expect((await stack.undo())?.label).toBe('before');
  });

  it('undoes the steps a failing group made and records nothing', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    const failing: Command = {
      label: 'c',
      redo: () => Promise.reject(new Error('the store refused')),
      undo: async () => undefined,
    };
    await expect(
      stack.group('gesture', async (step) => {
        await step(command('a', log));
        await step(command('b', log));
        await step(failing);
      }),
    ).rejects.toThrow('the store refused');
    expect(log).toEqual(['a.redo', 'b.redo', 'b.undo', 'a.undo']);
    expect(stack.canUndo).toBe(false);
  });
});
