/**
 * The mock's clock per suite, where the profile's time scale would not do (the harness owns the
 * mock's clock, as it owns the bundled emulator's). The ECS rate-limit suite sends limit + 1 calls
 * inside one window: in process, 1001 ecs.ModifyImageAttribute calls take 1.1 to 1.7 s, longer
 * than the 0.6 s the 60 s window lasts at the profile's 0.01. At 0.05 the window lasts 3 s. Every
 * other suite keeps the profile's scale, so its waits stay short.
 */
export const MOCK_TIME_SCALES: Readonly<Record<string, number>> = { 'rate-limits-ecs': 0.1 };
