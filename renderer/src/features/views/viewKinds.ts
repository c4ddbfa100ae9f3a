/** The ways one account's map can be looked at; every view edits the same store. */
export const VIEW_KINDS = ['canvas', 'grid', 'coverage'] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];
