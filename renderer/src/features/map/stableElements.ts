/**
 * Plain data compared by value: what a map node or line carries (numbers, strings, arrays and
 * plain objects read from the store). Functions compare by identity, which is why node data holds
 * none (the cards' callbacks come from a context).
 */
export function samePlain(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((value, index) => samePlain(value, b[index]));
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && samePlain(left[key], right[key]));
}

/**
 * The new elements, except that each one equal to the element of the same id already shown is that
 * element itself: React Flow's memoised cards and lines then skip drawing whatever a reload left as
 * it was. Only the fields the new element sets are compared, since React Flow adds its own (a
 * drag's `dragging`) to the ones it shows. When nothing changed, the shown list itself comes back.
 */
export function reuseUnchanged<T extends { id: string }>(shown: readonly T[], next: readonly T[]): T[] {
  const byId = new Map(shown.map((element) => [element.id, element]));
  let allReused = shown.length === next.length;
  const result = next.map((element, index) => {
    const before = byId.get(element.id);
    const same =
      before !== undefined &&
      Object.entries(element).every(([key, value]) => samePlain(value, (before as Record<string, unknown>)[key]));
    if (!same || shown[index] !== before) allReused = false;
    return same ? before : element;
  });
  return allReused ? (shown as T[]) : result;
}
