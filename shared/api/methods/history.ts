/** Methods of the history domain. */
export const historyMethods = {} as const;
