import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SPEC_ROOT } from '../../spec/index.js';

/** A throw-away copy of the project's spec folder, for tests that break one file on purpose. */
export function tempSpec(): { root: string; edit: (file: string, change: (doc: any) => void) => void; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'acs-spec-'));
  cpSync(SPEC_ROOT, root, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  return {
    root,
    edit(file, change) {
      const path = join(root, file);
      const doc = JSON.parse(readFileSync(path, 'utf8'));
      change(doc);
      writeFileSync(path, JSON.stringify(doc));
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
