import { getSpec } from '../../spec/index.js';
import { REDACTED } from '../client/redact.js';
import type { Baseline } from '../baseline/Baseline.js';
import type { Exchange, Observation } from '../verdicts/Verdict.js';
import { buildReport, type RunInfo } from './buildReport.js';
import type { Report } from './Report.js';

/**
 * Test fixture for the report writers: a report built from made-up observations that cover every
 * verdict (pass, fail with exchanges, warn, unknown, skipped, known-gap through a baseline entry;
 * the rest not-covered). Secrets appear only as the client's redaction marker.
 */
export const SAMPLE_TARGET = 'emulator';
export const TRICKY = 'a <b> & "c" \'d\' \u0001\u001b[0m end';

const exchange = (action: string, status: number, body: unknown, extra: Record<string, string> = {}): Exchange => ({
  product: action.startsWith('ModifyImageAttribute') ? 'ecs' : 'swas', action, signature: 'v3', status, body,
  params: { RegionId: 'cn-hangzhou', ...extra }, startedAt: 1_700_000_000_000, endedAt: 1_700_000_000_042,
});

const v2 = (e: Exchange): Exchange => ({
  ...e, signature: 'v2',
  params: { ...e.params, AccessKeyId: 'test-key-id', SignatureMethod: 'HMAC-SHA1', SignatureVersion: '1.0', SignatureNonce: 'n-1', SecurityToken: REDACTED, Signature: REDACTED },
});

export function sampleObservations(): Observation[] {
  const errors = getSpec().rules.filter((r) => r.kind === 'error');
  const ecsShare = errors.filter((r) => r.operation === 'ecs.ModifyImageSharePermission').slice(0, 5);
  const cloudOnly = errors.filter((r) => r.operation === 'ecs.CreateImage').slice(0, 3);
  const pass = (ruleId: string): Observation => ({ ruleId, verdict: 'pass', reason: 'answered as documented', exchanges: [exchange('X', 400, {})] });
  const quotaFail = exchange('CreateCustomImage', 200, { RequestId: 'r-2', ImageId: 'm-1' }, { InstanceId: 'i-1', ImageName: 'x' });
  return [
    pass('swas.CreateCustomImage.error.InvalidParam.DataSnapshotIdNotFound'),
    pass('swas.DeleteCustomImages.error.InvalidImageId.NotFound'),
    pass('swas.quota.CustomImagesPerServer'),
    ...ecsShare.map((r) => pass(r.id)),
    {
      ruleId: 'swas.CreateCustomImage.error.CustomImageQuotaLimit', verdict: 'fail', reason: `documented 400 CustomImageQuotaLimit / received 200 ${TRICKY}`,
      documented: 'HTTP 400, Code CustomImageQuotaLimit', received: `HTTP 200 <ImageId m-1> & "ok"`,
      exchanges: [v2(exchange('CreateCustomImage', 200, { RequestId: 'r-1', ImageId: 'm-0' }, { InstanceId: 'i-1', ImageName: 'a&b' })), quotaFail],
    },
    {
      ruleId: errors.find((r) => r.operation === 'ecs.ModifyImageAttribute')?.id ?? '', verdict: 'fail', reason: 'documented 400 / received 500',
      documented: 'HTTP 400', received: 'HTTP 500', property: { seed: 42, path: '3:1:0' },
      exchanges: [exchange('ModifyImageAttribute', 500, { RequestId: 'r-3', Code: 'InternalError', Message: 'boom </script><script>alert(1)</script>' }, { ImageId: 'm-2' })],
    },
    { ruleId: 'swas.quota.CustomImagesMax', verdict: 'fail', reason: 'the 16th image was created', documented: 'quota 15', received: '16 created', exchanges: [quotaFail] },
    { ruleId: 'swas.CreateCustomImage.error.IncorrectInstanceStatus', verdict: 'warn', reason: 'inferred 400 IncorrectInstanceStatus / received 200', documented: 'HTTP 400', received: 'HTTP 200', exchanges: [quotaFail] },
    { ruleId: 'swas.CreateCustomImage.error.InternalError', verdict: 'unknown', reason: 'timed out after 30 s' },
    { ruleId: 'swas.ModifyImageShareStatus.rate-limit.qps', verdict: 'skipped', reason: 'rate limits are not enforced on this target' },
    ...cloudOnly.map((r): Observation => ({ ruleId: r.id, verdict: 'skipped', reason: 'cloud-only: needs <a real> ECS instance' })),
    {
      ruleId: 'swas.ModifyImageShareStatus.error.InvalidParam.OperationIllegal', verdict: 'fail', reason: 'documented 400 / received 200',
      documented: 'HTTP 400', received: 'HTTP 200', exchanges: [exchange('ModifyImageShareStatus', 200, { RequestId: 'r-4' }, { ImageId: 'm-3', Operation: 'Share' })],
    },
  ];
}

export const SAMPLE_BASELINE: Baseline = {
  entries: [{ ruleId: 'swas.ModifyImageShareStatus.error.InvalidParam.OperationIllegal', target: SAMPLE_TARGET, reason: 'emulator shares <twice> & more', link: 'https://example.invalid/issue/1', expires: '2999-12-31' }],
};

export function sampleInfo(runId = 'run-sample-1'): RunInfo {
  return {
    run: {
      id: runId, seed: 1234, runs: 50, target: { kind: 'emulator', label: SAMPLE_TARGET, profile: 'emulator', region: 'cn-hangzhou' },
      deviations: [], shard: null, suites: ['errors', 'quotas'], startedAt: '2025-01-02T03:04:05.000Z', endedAt: '2025-01-02T03:05:05.000Z',
      durationMs: 60_000, tool: { name: 'acs-image-conformance', version: '0.1.0' },
    },
    toolErrors: [],
  };
}

/** The sample report; `observations` replaces the made-up ones when given. */
export function sampleReport(observations: Observation[] = sampleObservations(), info: RunInfo = sampleInfo()): Report {
  return buildReport(getSpec(), observations, info, SAMPLE_BASELINE, () => 'http://127.0.0.1:1');
}
