/**
 * Every user edit is a command with an inverse (ARCHITECTURE.md §6). A gesture such as a drag
 * is one command, committed when it ends, so one undo reverts the whole gesture.
 */
export interface Command {
  /** Translation key under `undo.` naming the edit, e.g. `movePeople`. */
  label: string;
  redo(): Promise<void>;
  undo(): Promise<void>;
}

type Listener = () => void;

export class UndoStack {
  private done: Command[] = [];
  private undone: Command[] = [];
  private listeners = new Set<Listener>();
  private busy: Promise<unknown> = Promise.resolve();

  constructor(private readonly limit = 500) {}

  /** Runs the command and records it; a new edit forgets what was undone. */
  perform(command: Command): Promise<void> {
    return this.serial(async () => {
      await command.redo();
      this.record(command);
    });
  }

  /**
   * The rare gesture that needs several commands, as one step: `build` runs each through `step`,
   * and one undo reverts them all, last first. If a step fails, the steps before it are undone
   * and nothing is recorded.
   */
  group(label: string, build: (step: (command: Command) => Promise<void>) => Promise<void>): Promise<void> {
    return this.serial(async () => {
      const steps: Command[] = [];
      try {
        await build(async (command) => {
          await command.redo();
          steps.push(command);
        });
      } catch (error) {
        for (const command of steps.reverse()) await command.undo().catch(() => undefined);
        throw error;
      }
      if (steps.length === 0) return;
      this.record({
        label,
        async redo() {
          for (const command of steps) await command.redo();
        },
        async undo() {
          for (const command of [...steps].reverse()) await command.undo();
        },
      });
    });
  }

  private record(command: Command): void {
    this.done.push(command);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  /** Returns the command undone, or null when there was none. */
  undo(): Promise<Command | null> {
    return this.serial(async () => {
      const command = this.done.at(-1);
      if (!command) return null;
      await command.undo();
      this.done.pop();
      this.undone.push(command);
      return command;
    });
  }

  redo(): Promise<Command | null> {
    return this.serial(async () => {
      const command = this.undone.at(-1);
      if (!command) return null;
      await command.redo();
      this.undone.pop();
      this.done.push(command);
      return command;
    });
  }

  /** Resolves once every command started so far has reached the store (or failed). */
  idle(): Promise<void> {
    return this.busy.then(() => undefined);
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.emit();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Commands run one at a time, in order, even when keys are pressed faster than the store answers. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.busy.then(work, work);
    this.busy = next.catch(() => undefined);
    return next.finally(() => this.emit());
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
