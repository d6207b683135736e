import { createRequire } from 'node:module';
import type { Ajv2020 as AjvType, Options } from 'ajv/dist/2020.js';

// ajv is CommonJS; loading it through require behaves the same under Node, tsx and vitest.
const require = createRequire(import.meta.url);
const Ajv2020 = (require('ajv/dist/2020.js') as { Ajv2020: typeof AjvType }).Ajv2020;
const addFormats = require('ajv-formats') as (ajv: AjvType) => AjvType;

export type Ajv = AjvType;

/** A JSON Schema 2020-12 validator (the dialect of OpenAPI 3.1) with the standard formats. */
export function newAjv(options: Options = {}): Ajv {
  const ajv = new Ajv2020({ allErrors: true, strict: false, ...options });
  addFormats(ajv);
  // Annotations that OpenAPI 3.1 Schema Objects may carry.
  for (const keyword of ['example', 'x-acs-note']) if (!ajv.getKeyword(keyword)) ajv.addKeyword(keyword);
  return ajv;
}
