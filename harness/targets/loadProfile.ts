import { readFileSync } from 'node:fs';
import { newAjv } from '../../spec/index.js';
import { ToolError } from '../errors/ToolError.js';
import type { Profile } from './Profile.js';

const ajv = newAjv();
const validate = ajv.compile(JSON.parse(readFileSync(new URL('./profile.schema.json', import.meta.url), 'utf8')) as object);

/** Checks a parsed profile; a wrong or missing field is a one-line ToolError naming the field. */
export function checkProfile(doc: unknown, label: string): Profile {
  if (validate(doc)) return doc as unknown as Profile;
  const errors = validate.errors ?? [];
  // Prefer the deepest, most concrete complaint over a oneOf summary.
  const e = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length || (a.keyword === 'oneOf' ? 1 : -1))[0];
  const params = (e?.params ?? {}) as Record<string, unknown>;
  const at = e?.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '';
  const field = e?.keyword === 'required' ? [at, String(params['missingProperty'])].filter(Boolean).join('.')
    : e?.keyword === 'additionalProperties' ? [at, String(params['additionalProperty'])].filter(Boolean).join('.') : at || '(top level)';
  const what = e?.keyword === 'required' ? 'is missing' : e?.keyword === 'additionalProperties' ? 'is not a profile field' : (e?.message ?? 'is not valid');
  throw new ToolError(`profile ${label}: field '${field}' ${what}`);
}

/** Reads and checks a profile file. */
export function loadProfile(path: string): Profile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ToolError(`profile ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); expected a JSON target profile`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ToolError(`profile ${path}: not valid JSON (${(error as Error).message})`);
  }
  return checkProfile(doc, path);
}
