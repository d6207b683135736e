import { describe, expect, it } from 'vitest';
import { loadPlanFixtures, RECORD_COMMAND } from '../../harness/plan/PlanFixture.js';
import { availableSuites } from '../../harness/run/runCommand.js';
import { getSpec } from '../../spec/index.js';
import { collectSuiteTests } from './collectSuiteTests.js';

// The plan's figures are recorded from runs (fixtures/plan/<suite>.json): a suite added, a test
// added, renamed or dropped, or a rule moved from one test to another makes them stale, and this
// test names the command that records them again. (That the recorded calls still match what the
// suites do is checked against a real run in test/detection/matrix.test.ts.)
describe('plan fixtures', () => {
  it('record every suite, and every test of each as its file declares it, with the rules it names', async () => {
    const suites = availableSuites();
    const fixtures = loadPlanFixtures();
    const collected = await collectSuiteTests(suites);
    const stale: string[] = [];
    for (const suite of suites) {
      const f = fixtures.get(suite);
      if (!f) { stale.push(`${suite}: no fixtures/plan/${suite}.json`); continue; }
      const declared = collected.get(suite) ?? [];
      const recorded = f.tests.map((t) => t.test);
      for (const name of declared.filter((n) => !recorded.includes(n))) stale.push(`${suite}: test not recorded: ${name.slice(0, 120)}`);
      for (const name of recorded.filter((n) => !declared.includes(n))) stale.push(`${suite}: recorded test no longer declared: ${name.slice(0, 120)}`);
      // A test's name is the rule ids it checks: the recorded rules are the ones it names.
      for (const t of f.tests) if (!t.test.endsWith([...t.rules, ...(t.implied ?? [])].join(' + '))) stale.push(`${suite}: '${t.test.slice(0, 80)}' recorded with other rules`);
    }
    for (const suite of fixtures.keys()) if (!suites.includes(suite)) stale.push(`fixtures/plan/${suite}.json: no suite of that name`);
    expect(stale, `the plan's figures are stale; record them again: ${RECORD_COMMAND} --suite NAME (or without --suite, every suite)`).toEqual([]);
  }, 120_000);

  it('name only rules of the catalogue, and have both passes of every test', () => {
    const ids = new Set(getSpec().rules.map((r) => r.id));
    for (const f of loadPlanFixtures().values()) {
      for (const t of f.tests) {
        expect([...t.rules, ...(t.implied ?? [])].filter((id) => !ids.has(id)), `${f.suite} > ${t.test}`).toEqual([]);
        expect(Array.isArray(t.full.trace) && Array.isArray(t.once.trace)).toBe(true);
      }
    }
  });
});
