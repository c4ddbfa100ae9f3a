/**
 * The fields `patch` names, as the store says they were just before the edit (the `before` its
 * call returned): what the edit's undo writes back. Never the screen's copy of the row, which
 * may be older than the store (another window, a list not yet reloaded).
 */
export function fieldsBefore<P extends object>(before: object, patch: P): P {
  return Object.fromEntries(Object.keys(patch).map((key) => [key, (before as Record<string, unknown>)[key]])) as P;
}
