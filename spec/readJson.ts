import { readFileSync } from 'node:fs';
import { SpecError } from './SpecError.js';

/** Reads and parses one JSON spec file; an unreadable or malformed file is a one-line SpecError. */
export function readJson(file: string, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SpecError(label, '/', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SpecError(label, '/', `invalid JSON: ${(error as Error).message}`);
  }
}
