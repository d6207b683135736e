import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layering of the README: spec <- harness <- suites. spec imports no other layer; harness
// imports spec only through spec/index; suites import harness and spec only through their indexes.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LAYERS = ['spec', 'harness', 'suites'] as const;

function sources(dir: string): string[] {
  let out: string[] = [];
  let entries: string[] = [];
  try { entries = readdirSync(dir); } catch { return out; }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(sources(path));
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) out.push(path);
  }
  return out;
}

function violations(files: { file: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { file, text } of files) {
    const layer = relative(ROOT, file).split(/[\\/]/)[0] as (typeof LAYERS)[number];
    for (const [, spec] of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      if (!spec || !spec.startsWith('.')) continue;
      const target = relative(ROOT, resolve(dirname(file), spec)).replace(/\\/g, '/');
      const targetLayer = target.split('/')[0];
      if (targetLayer === layer) continue;
      const allowed =
        (layer === 'harness' && target === 'spec/index.js') ||
        (layer === 'suites' && (target === 'harness/index.js' || target === 'spec/index.js'));
      if (!allowed) found.push(`${relative(ROOT, file)} imports ${target}`);
    }
  }
  return found;
}

describe('layering', () => {
  it('holds spec <- harness <- suites', () => {
    const files = LAYERS.flatMap((l) => sources(join(ROOT, l))).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    expect(files.length).toBeGreaterThan(10);
    expect(violations(files)).toEqual([]);
  });

  it('detects an import against the layering', () => {
    const at = (file: string, text: string) => ({ file: join(ROOT, file), text });
    expect(violations([at('spec/x.ts', "import { x } from '../harness/cli/main.js';")])).toEqual(['spec/x.ts imports harness/cli/main.js']);
    expect(violations([at('harness/x.ts', "import { x } from '../spec/loadSpec.js';")])).toEqual(['harness/x.ts imports spec/loadSpec.js']);
    expect(violations([at('suites/x.ts', "import { x } from '../harness/cli/main.js';")])).toEqual(['suites/x.ts imports harness/cli/main.js']);
    expect(violations([at('suites/x.ts', "import { x } from '../harness/index.js';")])).toEqual([]);
  });
});
