/**
 * How long the bundled emulator (and the mock) keeps a new custom image, ECS image or snapshot in
 * its intermediate state (SWAS Status "4", ECS Creating, Progressing), per suite, where a suite
 * must see that state and what it forbids: a factor on the emulator's base delays (3 s each), sent
 * with every call of the suite in an unsigned header, as the clock header sends its time scale.
 * Other suites keep the delays at their time scale (30 ms at the profile's 0.01), so their waits
 * stay short. At 0.5 a creation lasts 1.5 s: the read that follows a create, a refused call and a
 * read confirming the state fit in it even on a loaded machine.
 */
export const CREATE_DELAY_SCALES: Readonly<Record<string, number>> = { lists: 0.5 };

/** Unsigned request header carrying the factor on asynchronous delays of one call; only targets whose clock the harness owns receive it. */
export const EMULATOR_DELAY_HEADER = 'x-emulator-delay-scale';

/** The delay factor a request asks for, when it names a sane one. */
export function delayScaleOf(headers: Record<string, unknown>): number | undefined {
  const n = Number(headers[EMULATOR_DELAY_HEADER]);
  return Number.isFinite(n) && n > 0 && n <= 10 ? n : undefined;
}
