import { newAjv } from './ajv.js';
import { SpecError } from './SpecError.js';
import type { OperationSpec } from './types.js';

// Strict about unknown keywords, so a misspelt `maxlength` cannot silently weaken a constraint.
const ajv = newAjv({ strictSchema: true, strictTypes: false, strictRequired: false, strictTuples: false });

/** Every embedded JSON Schema compiles, and every `pattern` is a valid unicode regular expression. */
export function checkSchemas(spec: OperationSpec, file: string): void {
  spec.parameters.forEach((p, i) => checkOne(p.schema, file, `/parameters/${i}/schema`));
  checkOne(spec.response.schema, file, '/response/schema');
}

function checkOne(schema: object, file: string, pointer: string): void {
  walkPatterns(schema, pointer, (pattern, at) => {
    try {
      new RegExp(pattern, 'u');
    } catch (error) {
      throw new SpecError(file, at, `pattern is not a valid unicode regular expression: ${(error as Error).message}`);
    }
  });
  try {
    ajv.compile(schema);
  } catch (error) {
    throw new SpecError(file, pointer, `not a valid JSON Schema: ${(error as Error).message}`);
  }
}

function walkPatterns(node: unknown, pointer: string, visit: (pattern: string, pointer: string) => void): void {
  if (Array.isArray(node)) node.forEach((child, i) => walkPatterns(child, `${pointer}/${i}`, visit));
  else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (key === 'pattern' && typeof child === 'string') visit(child, `${pointer}/pattern`);
      else walkPatterns(child, `${pointer}/${key}`, visit);
    }
  }
}
