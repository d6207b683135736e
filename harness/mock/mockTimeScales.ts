/**
 * The mock's clock per suite, where the profile's time scale would not do (the harness owns the
 * mock's clock, as it owns the bundled emulator's). The ECS rate-limit suite sends limit + 1 calls
 * inside one window: in process, 1001 ecs.ModifyImageAttribute calls take 1.1 to 1.7 s, longer
 * than the 0.6 s the 60 s window lasts at the profile's 0.01; at 0.1 the window lasts 6 s. The SWAS
 * one runs at 0.03 (11 calls in a 1.8 s window), every other suite at 0.0001 (pacing costs nothing).
 * The scale reaches the mock with each call (clockHeader.ts), as it does the emulator.
 */
export const MOCK_TIME_SCALES: Readonly<Record<string, number>> = { 'rate-limits-ecs': 0.1, 'rate-limits-swas': 0.03, '*': 0.0001 };
