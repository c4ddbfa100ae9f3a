export type Selection = { kind: 'person'; id: string } | { kind: 'relation'; id: string } | null;
