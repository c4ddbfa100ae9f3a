/** Methods of the interactions domain. */
export const interactionsMethods = {} as const;
