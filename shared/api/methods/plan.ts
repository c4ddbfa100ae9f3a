/** Methods of the plan domain. */
export const planMethods = {} as const;
