import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVitest } from 'vitest/node';
import { RUN_CONFIG_ENV, type RunConfig } from '../../harness/run/RunConfig.js';
import { suiteOf } from '../../harness/run/suiteTimeScale.js';
import { loadProfile } from '../../harness/targets/loadProfile.js';
import { EMULATOR_PROFILE } from '../../harness/targets/resolveTarget.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The tests each suite file declares, by suite and name (vitest's full name: describe blocks and
 * test name, as harness/run/testKey.ts builds it), collected without running any: the suites are
 * imported as a run against the bundled emulator would import them, and no call is made.
 */
export async function collectSuiteTests(suites: string[]): Promise<Map<string, string[]>> {
  const config: RunConfig = {
    runId: 'collect', seed: 1, runs: 50, reportDir: '/nonexistent', target: { kind: 'emulator', label: 'emulator' }, profile: loadProfile(EMULATOR_PROFILE),
    allowMutations: true, deviations: [], rateLimitTests: true,
  };
  const before = process.env[RUN_CONFIG_ENV];
  process.env[RUN_CONFIG_ENV] = JSON.stringify(config);
  const vitest = await createVitest('test', {
    config: false, root: ROOT, watch: false, pool: 'threads', reporters: [], include: ['suites/**/*.suite.ts'],
    setupFiles: [join(ROOT, 'harness/run/mockSetup.ts')], passWithNoTests: true,
  }, { logLevel: 'silent' });
  try {
    const result = await vitest.collect(suites.map((s) => `suites/${s}.suite.ts`));
    const out = new Map<string, string[]>();
    for (const m of result.testModules) out.set(suiteOf(m.moduleId), [...m.children.allTests()].map((t) => t.fullName));
    return out;
  } finally {
    await vitest.close();
    if (before === undefined) delete process.env[RUN_CONFIG_ENV];
    else process.env[RUN_CONFIG_ENV] = before;
  }
}
