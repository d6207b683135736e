import { describe, expect, it } from 'vitest';
import { escapeXml, escapeXmlAttr } from './escapeXml.js';
import { junitXml } from './junitXml.js';
import type { Report } from './Report.js';
import { sampleReport } from './sampleReport.js';

const ENTITY = /&(?:amp|lt|gt|quot|#\d+);/g;
const ATTR = String.raw`\s+[\w:-]+="[^"<&]*(?:(?:&(?:amp|lt|gt|quot|#\d+);)[^"<&]*)*"`;
const TAG = new RegExp(String.raw`<\?xml[^?]*\?>|<(/?)([A-Za-z][\w.-]*)((?:${ATTR})*)\s*(/?)>`, 'g');

/** A small well-formedness check: tags balance, attributes are quoted and escaped, text holds no raw markup. */
function checkWellFormed(xml: string): void {
  const stack: string[] = [];
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, , selfClosing] = m;
    if (!name) continue;
    if (close) expect(stack.pop(), `closing ${name}`).toBe(name);
    else if (!selfClosing) stack.push(name);
  }
  expect(stack).toEqual([]);
  const text = xml.replace(TAG, '');
  expect(text).not.toMatch(/[<>]/);
  expect(text.replace(ENTITY, '')).not.toContain('&');
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
}

const attrOf = (xml: string, tag: string, name: string) => [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');

describe('escapeXml', () => {
  it('escapes markup characters and both quotes, and strips control characters', () => {
    expect(escapeXml(`a<b>&"c"'d'\u0000\u0007\u001b\u007f\u0085\uFFFE e`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39; e');
    expect(escapeXml('tab\tnew\nline\r')).toBe('tab\tnew\nline\r');
    expect(escapeXml('lone \uD800 surrogate, pair \u{1F600}')).toBe('lone  surrogate, pair \u{1F600}');
    expect(escapeXmlAttr('one\ntwo\tthree')).toBe('one&#10;two&#9;three');
  });
});

describe('junitXml', () => {
  const report = sampleReport();

  it('writes one test case per rule, named by rule id, classed by operation or product', () => {
    const xml = junitXml(report);
    checkWellFormed(xml);
    expect(attrOf(xml, 'testcase', 'name').sort()).toEqual(report.rules.map((r) => r.id).sort());
    expect(attrOf(xml, 'testcase', 'classname')).toEqual(expect.arrayContaining(['swas.CreateCustomImage', 'swas', 'ecs', 'acs']));
  });

  it('counts tests, failures and skipped on the root and per suite', () => {
    const xml = junitXml(report);
    const v = report.summary.verdicts;
    const skipped = v.skipped + v['not-covered'] + v['known-gap'] + v.unknown;
    expect(xml).toContain(`tests="${report.rules.length}" failures="${v.fail}" errors="0" skipped="${skipped}"`);
    const sum = (name: string) => attrOf(xml, 'testsuite', name).reduce((t, n) => t + Number(n), 0);
    expect([sum('tests'), sum('failures'), sum('skipped')]).toEqual([report.rules.length, v.fail, skipped]);
    expect(xml.match(/<failure /g)?.length).toBe(v.fail);
    expect(xml.match(/<skipped /g)?.length).toBe(skipped);
    expect(xml.match(/<system-out>/g)?.length).toBe(v.warn);
  });

  it('states each verdict: failure with evidence, warning as output, skips with their reason', () => {
    const xml = junitXml(report);
    expect(xml).toMatch(/<failure message="documented 400 CustomImageQuotaLimit \/ received 200 a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; \[0m end" type="conformance">documented: HTTP 400/);
    expect(xml).toContain('curl -X POST &#39;http://127.0.0.1:1/?');
    expect(xml).toContain('<skipped message="known gap: emulator shares &lt;twice&gt; &amp; more">');
    expect(xml).toContain('<skipped message="unknown: timed out after 30 s"/>');
    expect(xml).toContain('<skipped message="skipped: rate limits are not enforced on this target"/>');
    expect(xml).toContain('<skipped message="not covered: no test exercised this rule"/>');
    expect(xml).toMatch(/<system-out>warning \(rule basis: inferred\): inferred 400 IncorrectInstanceStatus/);
  });

  it('escapes hostile rule ids and messages and adds tool errors as errored cases', () => {
    const hostile: Report = structuredClone(report);
    const first = hostile.rules[0];
    if (!first) throw new Error('empty report');
    Object.assign(first, { id: `x<y>&"z"'\u0001\u0002`, operation: 'op<&>', verdict: 'fail', reason: 'line1\nline2 <&> \u0000', repro: null });
    hostile.observations.push({ kind: 'tool-error', detail: 'socket <closed> & "gone"\u0003' });
    const xml = junitXml(hostile);
    checkWellFormed(xml);
    expect(xml).toContain('classname="op&lt;&amp;&gt;" name="x&lt;y&gt;&amp;&quot;z&quot;&#39;"');
    expect(xml).toContain('message="line1&#10;line2 &lt;&amp;&gt; "');
    expect(xml).toContain('errors="1"');
    expect(xml).toContain('<error message="socket &lt;closed&gt; &amp; &quot;gone&quot;" type="tool-error"/>');
    expect(xml).toContain(`tests="${hostile.rules.length + 1}"`);
  });
});
