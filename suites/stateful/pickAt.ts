/**
 * The item at `i` of a list, wrapping around; a negative `i` counts from the end (-1 is the last,
 * the newest of a run's resources); undefined for an empty list.
 */
export const pickAt = <T>(list: readonly T[], i: number): T | undefined =>
  (list.length ? list[((i % list.length) + list.length) % list.length] : undefined);
