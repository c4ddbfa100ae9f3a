export type SelectionKind = 'person' | 'member' | 'orgUnit' | 'note' | 'relation';
/** The primary selection the inspector shows; React Flow keeps the full multi-selection. */
export type Selection = { kind: SelectionKind; id: string } | null;
