import fs from 'node:fs';

/** Where an encrypted database keeps its wrapped key: beside it, under the same name. */
export const keyFilePath = (databaseFile: string): string => `${databaseFile}.key`;

export const hasKeyFile = (databaseFile: string): boolean => fs.existsSync(keyFilePath(databaseFile));
