import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { gapsMarkdown } from './gapsMarkdown.js';
import { sampleReport } from './sampleReport.js';

describe('gapsMarkdown', () => {
  const report = sampleReport();
  const md = gapsMarkdown(report);
  const headings = md.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));

  it('groups fail, warn, known-gap and unknown rules by operation, central operations first', () => {
    const gaps = report.rules.filter((r) => ['fail', 'warn', 'known-gap', 'unknown'].includes(r.verdict));
    const ops = new Set(gaps.map((r) => r.operation ?? r.product));
    expect(headings.slice(0, -1)).toEqual(expect.arrayContaining([...ops].map((o) => expect.stringContaining(o))));
    const central = new Set(getSpec().operations.filter((o) => o.role === 'central').map((o) => `${o.product}.${o.operation}`));
    const roles = headings.slice(0, -1).map((h) => central.has(h));
    expect(roles).toEqual([...roles].sort((a, b) => Number(b) - Number(a)));
    expect(headings.at(-1)).toBe('Skipped rules (4)');
    expect(headings).toContain('swas (cross-operation rules)');
    const sections = new Map(md.split('\n## ').map((s) => [s.split('\n')[0]?.replace(' (cross-operation rules)', ''), s]));
    for (const r of gaps) expect(sections.get(r.operation ?? r.product), r.id).toContain(`### \`${r.id}\``);
  });

  it('shows statement, documented, received and the first exchange as evidence', () => {
    const entry = md.slice(md.indexOf('### `swas.CreateCustomImage.error.CustomImageQuotaLimit` — FAIL')).split('\n### ')[0] ?? '';
    expect(entry).toContain('custom images');
    expect(entry).toContain('- **documented:** HTTP 400, Code CustomImageQuotaLimit');
    expect(entry).toContain('- **received:** HTTP 200 &lt;ImageId m-1&gt; &amp; "ok"');
    expect(entry).toContain('Evidence (first of 2 exchanges; all of them in report.json):');
    expect(entry).toMatch(/```text\n→ swas CreateCustomImage \(v2 signature\)\n {2}RegionId=cn-hangzhou\n[\s\S]*← HTTP 200, 42 ms\n\{\n {2}"RequestId": "r-1"/);
    expect(entry).not.toMatch(/[\u0000-\u0008\u001b]/);
    expect(md).toContain('— KNOWN GAP');
    expect(md).toContain('- **baseline:** emulator shares &lt;twice&gt; &amp; more (`https://example.invalid/issue/1`), until 2999-12-31');
    expect(md).toContain('— UNKNOWN');
    expect(md).toContain('— WARN (inferred rule)');
  });

  it('lists the skipped rules with their reasons in one table', () => {
    const table = md.slice(md.indexOf('## Skipped rules'));
    expect(table).toContain('| rule | kind | reason |');
    expect(table).toContain('| `swas.ModifyImageShareStatus.rate-limit.qps` | rate-limit | rate limits are not enforced on this target |');
    expect(table).toContain('cloud-only: needs &lt;a real&gt; ECS instance');
    expect(table.split('\n').filter((l) => l.startsWith('| `')).length).toBe(4);
  });
});
