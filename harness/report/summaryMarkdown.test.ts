import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import type { Observation } from '../verdicts/Verdict.js';
import { sampleInfo, sampleObservations, sampleReport } from './sampleReport.js';
import { summaryMarkdown } from './summaryMarkdown.js';

/** Every rule of the catalogue failing, with long hostile values: the worst case for the summary. */
function everythingFails(): Observation[] {
  return getSpec().rules.map((r) => ({
    ruleId: r.id, verdict: r.basis === 'documented' ? 'fail' : 'warn', reason: `broken | <${r.id}>\nsecond line`,
    documented: 'x'.repeat(1000), received: 'y|`z`'.repeat(200),
    exchanges: [{ product: 'swas', action: 'CreateCustomImage', params: { RegionId: 'cn-hangzhou' }, signature: 'v3', status: 200, body: {}, startedAt: 0, endedAt: 1 }],
  }));
}

describe('summaryMarkdown', () => {
  it('names the target and run, counts verdicts, error codes and quotas, and says where the report is', () => {
    const report = sampleReport();
    const md = summaryMarkdown(report, { location: 'reports/run-sample-1' });
    expect(md.split('\n')[0]).toBe('# Conformance: emulator — run `run-sample-1`');
    expect(md).toContain('**3 new failures**');
    expect(md).toContain(`| not-covered | ${report.summary.verdicts['not-covered']} |`);
    const c = report.summary.errorCodesCentral;
    expect(md).toContain(`| error codes, central operations | ${c.documented} | ${c.verified} | ${c.failed} | ${c.unreached} | ${c.untestable} |`);
    expect(md).toMatch(/\| error codes, all operations \| \d+ \|/);
    expect(md).toMatch(/\| quota rules \| 7 \| 1 \| 1 \|/);
    expect(md).toContain('## Failures (3)');
    expect(md).toContain('| `swas.CreateCustomImage.error.CustomImageQuotaLimit` | HTTP 400, Code CustomImageQuotaLimit | HTTP 200 &lt;ImageId m-1&gt; &amp; "ok" | `acs-conformance replay cases/swas.CreateCustomImage.error.CustomImageQuotaLimit.json` |');
    expect(md).toContain('## Known gaps (1, from the baseline)');
    expect(md).toContain('Full report: `reports/run-sample-1/index.html`');
  });

  it('says so when nothing new failed', () => {
    const report = sampleReport(sampleObservations().filter((o) => o.verdict !== 'fail'));
    expect(summaryMarkdown(report)).toContain('**No new failures**');
    expect(summaryMarkdown(report)).not.toContain('## Failures');
  });

  it('stays under 150 lines with every rule failing, cutting lists with "… and N more"', () => {
    const report = sampleReport(everythingFails(), { ...sampleInfo(), toolErrors: Array.from({ length: 40 }, (_, i) => `tool error ${i}`) });
    const md = summaryMarkdown(report);
    const lines = md.split('\n');
    expect(lines.length).toBeLessThan(150);
    const fails = report.summary.verdicts.fail;
    expect(fails).toBeGreaterThan(100);
    expect(md).toContain(`## Failures (${fails})`);
    expect(md).toContain(`… and ${fails - 20} more failures (see gaps.md)`);
    expect(md).toContain(`… and ${report.summary.verdicts.warn - 10} more warnings (see gaps.md)`);
    expect(md).toContain('… and 30 more observations (see report.json)');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(800);
    // a table row keeps its four cells: pipes and newlines inside values are escaped
    for (const row of lines.filter((l) => l.startsWith('| `') && l.includes('replay'))) expect(row.split(/(?<!\\)\|/).length).toBe(6);
  });
});
