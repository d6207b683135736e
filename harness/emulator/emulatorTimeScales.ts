/**
 * The bundled emulator's clock per suite, where the profile's time scale would not do (the harness
 * owns the emulator's clock and sets it per call, clockHeader.ts). The rate-limit suite sends
 * limit + 1 calls inside one window: 1001 ecs.ModifyImageAttribute calls take 0.3 s on a quiet
 * 2-core machine and up to 1.3 s on a loaded one, against a 0.6 s window at the profile's 0.01;
 * at 0.03 the window lasts 1.8 s. Every other suite keeps the profile's scale.
 */
export const EMULATOR_TIME_SCALES: Readonly<Record<string, number>> = { 'rate-limits': 0.03 };
