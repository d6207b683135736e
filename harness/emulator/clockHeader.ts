/**
 * Unsigned request header by which the harness, owning the bundled emulator's clock, sets the time
 * scale of one call (rate windows, asynchronous delays): each suite runs at its own scale
 * (RunConfig.timeScales) against one emulator. Other targets never receive it.
 */
export const EMULATOR_CLOCK_HEADER = 'x-emulator-time-scale';

/** The scale a request asks for, when it names a sane one. */
export function clockOf(headers: Record<string, unknown>): number | undefined {
  const n = Number(headers[EMULATOR_CLOCK_HEADER]);
  return Number.isFinite(n) && n > 0 && n <= 1 ? n : undefined;
}
