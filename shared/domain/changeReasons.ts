import { TRACKED_FIELDS, type TrackedField } from './history';

/** What one side of an assessment edit looks like: a person, or a deal's override of them. */
export type TrackedBefore = Partial<Record<TrackedField, unknown>>;

/**
 * The tracked fields an edit gives a new value for at least one of `before` (each person as the
 * edit found them), in TRACKED_FIELDS order: these are the changes the history will keep, so
 * the ones a reason can be given for. A field the patch leaves out, or sets to what it was, is none.
 */
export function trackedFieldsChanged(
  before: readonly TrackedBefore[],
  patch: Readonly<Record<string, unknown>>,
): TrackedField[] {
  return TRACKED_FIELDS.filter(
    (field) => patch[field] !== undefined && before.some((values) => (values[field] ?? null) !== patch[field]),
  );
}

/**
 * One edit as the undo stack replays it. Every time it is done (the first time, and each redo)
 * the history gets new entries, so it is a new change with a new id; a reason given for it must
 * follow the latest one. `live` says whether the change currently stands (not undone).
 */
export class ChangeHandle {
  private current: string | null = null;
  private standing = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly newId: () => string) {}

  /** The id to send with the edit now being done. */
  next(): string {
    this.current = this.newId();
    this.standing = true;
    return this.current;
  }

  /** The edit was undone: a reason offered for it no longer applies. */
  undone(): void {
    this.standing = false;
    for (const listener of [...this.listeners]) listener();
  }

  get id(): string | null {
    return this.current;
  }

  get live(): boolean {
    return this.standing;
  }

  /** Called when the edit is undone; returns the way to stop listening. */
  onUndone(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
