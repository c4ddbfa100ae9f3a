/** Methods of the insights domain. */
export const insightsMethods = {} as const;
