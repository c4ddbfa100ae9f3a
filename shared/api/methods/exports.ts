/** Methods of the exports domain. */
export const exportsMethods = {} as const;
