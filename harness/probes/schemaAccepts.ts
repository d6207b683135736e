import { newAjv, type Parameter } from '../../spec/index.js';
import type { ProbeValue } from './ProbeCase.js';

type Validate = ReturnType<ReturnType<typeof newAjv>['compile']>;
const ajv = newAjv();
const compiled = new WeakMap<Parameter, Validate>();

/**
 * Whether the parameter's JSON Schema accepts a probe value, checked with ajv on the request as
 * an object (`{ [name]: value }`, so a left-out required parameter is refused). A JSON-array string
 * is decoded first: the schema describes the decoded array, and a string that is no JSON at all is
 * refused. `error` is ajv's first message.
 */
export function schemaAccepts(parameter: Parameter, value: ProbeValue): { ok: boolean; error?: string } {
  let validate = compiled.get(parameter);
  if (!validate) {
    validate = ajv.compile({
      type: 'object',
      properties: { [parameter.name]: parameter.schema },
      required: parameter.required ? [parameter.name] : [],
    });
    compiled.set(parameter, validate);
  }
  let decoded: unknown = value;
  if (parameter.style === 'jsonArrayString' && typeof value === 'string') {
    try {
      decoded = JSON.parse(value);
    } catch {
      return { ok: false, error: 'not a JSON literal' };
    }
  }
  const ok = validate(decoded === undefined ? {} : { [parameter.name]: decoded }) as boolean;
  const first = validate.errors?.[0];
  return ok ? { ok } : { ok, error: first ? `${first.instancePath || '/'} ${first.message ?? 'is invalid'}` : 'is invalid' };
}
