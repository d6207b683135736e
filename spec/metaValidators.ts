import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { newAjv } from './ajv.js';
import { SpecError } from './SpecError.js';

const metaDir = new URL('./meta/', import.meta.url);
const readMeta = (name: string): object => JSON.parse(readFileSync(new URL(name, metaDir), 'utf8')) as object;

const ajv = newAjv();
ajv.addSchema(readMeta('rule.schema.json'));
const validators = {
  operation: ajv.compile(readMeta('operation.schema.json')),
  rules: ajv.compile(readMeta('rules-file.schema.json')),
  sources: ajv.compile(readMeta('sources.schema.json')),
  products: ajv.compile(readMeta('products.schema.json')),
} satisfies Record<string, ValidateFunction>;

export type MetaKind = keyof typeof validators;

/** Validates one spec document against its meta-schema; throws a one-line SpecError. */
export function checkMeta(kind: MetaKind, file: string, document: unknown): void {
  const validate = validators[kind];
  if (validate(document)) return;
  const error = mostSpecific(validate.errors ?? []);
  throw new SpecError(file, error?.instancePath || '/', describe(error));
}

function mostSpecific(errors: ErrorObject[]): ErrorObject | undefined {
  // The deepest error names the offending value; among equals, prefer a concrete keyword over a
  // combinator's summary.
  const weight = (e: ErrorObject) => e.instancePath.split('/').length * 10 + (['anyOf', 'oneOf', 'if'].includes(e.keyword) ? 0 : 1);
  return [...errors].sort((a, b) => weight(b) - weight(a))[0];
}

function describe(error: ErrorObject | undefined): string {
  if (!error) return 'does not match the meta-schema';
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `unknown key '${String(params['additionalProperty'])}'`;
  if (error.keyword === 'required') return `missing key '${String(params['missingProperty'])}'`;
  if (error.keyword === 'enum') return `${error.message ?? 'bad value'}: ${JSON.stringify(params['allowedValues'])}`;
  return error.message ?? `fails ${error.keyword}`;
}
