import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgetShare, type Runner } from '../../tools/budgetShare.js';
import type { MatrixRow } from '../../tools/detectionMatrix.js';

// The matrix's budget line: a deviation counts as caught under the budget only when a test the
// budget's plan chose, run as it chose it, reports one of the rules it breaks.
const row = (deviation: string, suites: string[]): MatrixRow => ({ deviation, suites, caughtBy: [], verdicts: {}, ms: 0 });

describe('budgetShare', () => {
  it('runs the chosen tests of each deviation with the plan\'s selection, and counts what they catch', async () => {
    const calls: { args: string[]; selection: Record<string, Record<string, unknown>> }[] = [];
    const run: Runner = async (args, _reports, env) => {
      const file = env['ACS_SELECTION_FILE']!;
      calls.push({ args, selection: existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {} });
      // quota-off-by-one is caught, quota-ignores-cap is not.
      return { rules: args.includes('quota-off-by-one') ? [{ id: 'swas.quota.CustomImagesPerServer', verdict: 'fail' }] : [{ id: 'swas.quota.CustomImagesMax', verdict: 'pass' }] };
    };
    const rows = [row('quota-off-by-one', ['quotas']), row('quota-ignores-cap', ['quotas']), row('rate-limits-off', ['rate-limits-swas', 'rate-limits-ecs'])];
    const share = await budgetShare(rows, 20, run, 1);
    expect(share).toEqual({ minutes: 20, caught: ['quota-off-by-one'], missed: ['quota-ignores-cap', 'rate-limits-off'] });
    // The rate-limit tests do not fit 20 minutes: nothing is run for that deviation.
    expect(calls.map((c) => c.args[1])).toEqual(['quota-off-by-one', 'quota-ignores-cap']);
    expect(calls[0]!.args).toEqual(expect.arrayContaining(['--suite', 'quotas', '--rule', 'swas.quota.CustomImagesPerServer']));
    expect(Object.keys(calls[0]!.selection)).toContain('quotas');
    expect(Object.keys(calls[0]!.selection)).not.toContain('rate-limits-swas');
  });
});
