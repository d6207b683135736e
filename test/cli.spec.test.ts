import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getSpec } from '../spec/index.js';
import { runCli } from './runCli.js';

const dir = mkdtempSync(join(tmpdir(), 'acs-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('acs-conformance spec', () => {
  it('spec rules --json prints the whole catalogue', async () => {
    const r = await runCli(['spec', 'rules', '--json']);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as { id: string }[];
    expect(rules.map((x) => x.id)).toEqual(getSpec().rules.map((x) => x.id));
  });

  it('spec rules prints one line per rule and a count', async () => {
    const r = await runCli(['spec', 'rules']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe(`${getSpec().rules.length} rules`);
    expect(lines).toContain(lines.find((l) => l.startsWith('swas.CreateCustomImage.error.CustomImageQuotaLimit\terror\tdocumented\temulator\t400 CustomImageQuotaLimit')));
  });

  it('spec bundle --out writes one OpenAPI document per product', async () => {
    const r = await runCli(['spec', 'bundle', '--out', dir]);
    expect(r.code).toBe(0);
    for (const p of ['swas', 'ecs']) expect(JSON.parse(readFileSync(join(dir, `${p}.openapi.json`), 'utf8')).openapi).toBe('3.1.0');
  });

  it('spec bundle refuses to overwrite a file it did not write', async () => {
    const other = mkdtempSync(join(dir, 'x'));
    writeFileSync(join(other, 'swas.openapi.json'), 'my own notes');
    const r = await runCli(['spec', 'bundle', '--out', other]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(other, 'swas.openapi.json'), 'utf8')).toBe('my own notes');
  });

  it.each([
    [['spec', 'rules', '--bogus'], /Unknown option '--bogus'/],
    [['spec', 'bundle'], /--out DIR is required/],
    [['nonsense'], /unknown command 'nonsense'/],
    [['spec', 'what'], /unknown sub-command 'what'/],
  ])('%j is a one-line usage error with exit code 2', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });
});
