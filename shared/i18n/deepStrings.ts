/** The shape of a resource tree with every leaf a string, so a translation must match it key for key. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
