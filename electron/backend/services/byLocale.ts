/**
 * `a.localeCompare(b)`, with one collator made once: the same order (localeCompare is specified
 * as a new Intl.Collator's compare), without building the collator again for every comparison
 * of a sort over thousands of rows.
 */
const collator = new Intl.Collator();

export const byLocale = (a: string, b: string): number => collator.compare(a, b);
