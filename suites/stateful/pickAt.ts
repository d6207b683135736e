/** The item at `i` of a list, wrapping around; undefined for an empty list. */
export const pickAt = <T>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
