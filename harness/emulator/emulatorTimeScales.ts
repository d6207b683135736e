/**
 * The bundled emulator's clock per suite, where the profile's time scale would not do (the harness
 * owns the emulator's clock and sets it per call, clockHeader.ts). The rate-limit suites send
 * limit + 1 calls inside one window: 11 SWAS calls one after another take 0.1 s on a quiet machine
 * and 0.7 s on an overloaded one, so the SWAS one runs at 0.03 (a 1.8 s window); 1001 ecs.ModifyImageAttribute calls take 0.3 s on a quiet 2-core machine and
 * up to 2.6 s on a loaded one with other suites beside them, so the ECS one runs at 0.1 (a 6 s
 * window). Every other suite (`*`) runs at 0.0001: a 60 s window lasts
 * 6 ms, so pacing under the documented rates costs next to nothing, and the windows a suite lets
 * pass before a burst are as short. The scale sets rate windows only: the emulator's asynchronous
 * delays keep the profile's scale, so a suite can still meet an image while it is Creating.
 */
export const EMULATOR_TIME_SCALES: Readonly<Record<string, number>> = { 'rate-limits-swas': 0.03, 'rate-limits-ecs': 0.1, '*': 0.0001 };

/**
 * Factors on the emulator's asynchronous delays (images Creating, snapshots Progressing: 30 ms at
 * the profile's 0.01) for a suite's own emulator. The stateful suite waits for every create to
 * finish and never acts on a resource still being created, so its creates finish ten times sooner.
 * The suites that must meet a resource while it is being created (a second call while the first
 * image is Creating or the first snapshot Progressing) get three times as long, so that a loaded
 * machine still lets the second call arrive in time. The lists suite must see every create in its
 * intermediate state and have a refused call and a confirming read fit inside it: its creates last
 * 1.5 s (fifty times the base). A suite at 1 or more is one whose creates the harness slowed
 * (Conformance.slowCreates).
 */
export const EMULATOR_DELAYS: Readonly<Record<string, number>> = {
  stateful: 0.1, state: 3, 'errors-ecs-images': 3, 'errors-ecs-create': 3, 'errors-swas-snapshots': 3, lists: 50,
};
