import type { RuleOptions } from '../../harness/index.js';

/**
 * Options of a test that creates images or snapshots: skipped on the real cloud unless mutations
 * are allowed, and given time, since each creation takes minutes there (milliseconds on an
 * emulator). Every wait inside is bounded by the profile's settle timeout.
 */
export const CREATES_RESOURCES: RuleOptions = { mutates: true, timeout: 1_800_000 };
