import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import type { Observation } from '../verdicts/Verdict.js';
import { mergeResumed } from './mergeResumed.js';
import { sampleInfo, sampleReport } from './sampleReport.js';

const spec = getSpec();
const [A, B, C, D] = ['swas.quota.CustomImagesPerServer', 'swas.DeleteCustomImages.error.InvalidImageId.NotFound', 'swas.CreateCustomImage.error.CustomImageQuotaLimit', 'swas.quota.CustomImagesMax'];
const o = (ruleId: string, verdict: Observation['verdict']): Observation => ({ ruleId, verdict, reason: verdict });
const test = (name: string, died = false) => ({ suite: 's', test: name, rules: [], verdicts: {}, calls: {}, creates: {}, trace: [], ...(died && { died: true }) });

function report(id: string, observations: Observation[], tests: ReturnType<typeof test>[], interrupted = false) {
  const info = sampleInfo(id);
  const r = sampleReport(observations, { ...info, run: { ...info.run, tests, interrupted } });
  if (interrupted) for (const rule of r.rules) if (rule.verdict === 'not-covered') rule.leftOut = 'interrupted';
  return r;
}

describe('mergeResumed', () => {
  const earlier = report('run-1', [o(A, 'pass'), o(B, 'unknown'), o(C, 'pass')], [test('a'), test('b', true), test('c')], true);
  const now = report('run-2', [o(B, 'pass'), o(C, 'fail'), o(D, 'pass')], [test('b'), test('d')]);
  const merged = mergeResumed(spec, earlier, now);
  const verdict = (id: string) => merged.rules.find((r) => r.id === id)?.verdict;

  it('keeps what the earlier run decided, takes what this one decided, and the worse of both', () => {
    expect(verdict(A)).toBe('pass');
    expect(verdict(D)).toBe('pass');
    expect(verdict(C)).toBe('fail');
    expect(merged.summary.verdicts.fail).toBe(1);
  });

  it("lets an earlier unknown (its test died) give way to this run's verdict, and drops the dead test", () => {
    expect(verdict(B)).toBe('pass');
    expect(merged.run.tests?.map((t) => t.test)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('is the new run, resuming the earlier one, interrupted only if the new one was', () => {
    expect(merged.run.id).toBe('run-2');
    expect(merged.run.resumedFrom).toEqual(['run-1']);
    expect(merged.run.interrupted).toBe(false);
    expect(merged.rules.filter((r) => r.leftOut === 'interrupted').length).toBe(0);
  });
});
