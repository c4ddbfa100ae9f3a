import initial from './001_initial';

/** Applied in order; entry N brings a database from user_version N to N + 1. Never edit one that shipped. */
export const MIGRATIONS: readonly string[] = [initial];
