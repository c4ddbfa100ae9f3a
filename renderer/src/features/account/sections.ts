/** The parts of one account a user moves between; the map is where they start. */
export const ACCOUNT_SECTIONS = ['map', 'people', 'timeline', 'plan', 'analysis', 'profile'] as const;
export type AccountSection = (typeof ACCOUNT_SECTIONS)[number];
