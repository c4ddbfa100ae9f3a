/** Methods of the search domain. */
export const searchMethods = {} as const;
