import { ToolError } from '../errors/ToolError.js';
import type { Profile } from '../targets/Profile.js';

/**
 * What `acs-conformance run` hands to the suites (in the environment variable ACS_RUN_CONFIG, never
 * on disk: a profile may hold credentials).
 */
export interface RunConfig {
  runId: string;
  seed: number;
  runs: number;
  reportDir: string;
  target: { kind: 'emulator' | 'mock' | 'cloud' | 'url'; label: string };
  profile: Profile;
  allowMutations: boolean;
  /** Deviations of the bundled emulator or mock this run was started with (the detection matrix). */
  deviations: string[];
  /** Opt-in for the rate-limit suite on targets that are not emulated. */
  rateLimitTests: boolean;
  /**
   * On the bundled emulator, each suite's own emulator (same world, deviations and clock), so that
   * suites run side by side without meeting each other's resources or quotas.
   */
  endpointsBySuite?: Record<string, { swas: string; ecs: string }>;
  /** The starting world of the bundled emulator or mock (buildWorld; 0 or absent: the default seed). */
  worldSeed?: number;
  /** A stateful counterexample to re-run alone: a fast-check replay path, or `fixture:NAME`. */
  replayPath?: string;
  /**
   * Time scale per suite name, chosen by the harness on a target whose clock it owns (the bundled
   * emulator or mock); other suites, and every suite on other targets, run at the profile's
   * (see suiteTimeScale).
   */
  timeScales?: Record<string, number>;
  /**
   * Factor on the asynchronous delays per suite name, chosen by the harness on a target whose
   * clock it owns (EMULATOR_DELAYS, harness/emulator/emulatorTimeScales.ts; each suite's emulator
   * starts with it): at 1 or more, that suite's creations last long enough to be seen in their
   * intermediate state (Conformance.slowCreates).
   */
  delayScales?: Record<string, number>;
  /**
   * A budgeted run: the tests to run, per suite and test name (testKey.ts), each in full or once;
   * every other test is not run (its rules are recorded by the run, not by the suite).
   */
  selection?: Record<string, Record<string, import('./TestPick.js').TestPick>>;
  /** --max-creates: neither the client nor the official clients (sdk suite) send a create past this many in the run's ledger. */
  maxCreates?: number;
  /** A budget at real speed: no test starts that would end after this time (ms since the epoch). */
  deadline?: number;
  /** Every test checks each rule once (tools/recordPlan.ts records a first pass so). */
  checkOnce?: boolean;
  /** A resumed run: the tests the run it resumes finished, per suite (not run again). */
  done?: Record<string, string[]>;
}

export const RUN_CONFIG_ENV = 'ACS_RUN_CONFIG';

export function readRunConfig(env: NodeJS.ProcessEnv = process.env): RunConfig {
  const text = env[RUN_CONFIG_ENV];
  if (!text) throw new ToolError(`${RUN_CONFIG_ENV} is not set: the suites run under \`acs-conformance run\`, not on their own`);
  return JSON.parse(text) as RunConfig;
}
