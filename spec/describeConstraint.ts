import type { ConstraintRef } from './constraints.js';
import type { Violation } from './types.js';

/** A rule statement, in words, for a derived parameter rule. */
export function describeConstraint(parameter: string, ref: ConstraintRef, violation: Violation): string {
  const name = ref.field ? `${parameter}.N.${ref.field}` : parameter;
  const s = ref.schema as Record<string, unknown>;
  const h = ref.hints;
  const what = ((): string => {
    switch (ref.constraint) {
      case 'required': return `A call without ${name}`;
      case 'type': return `${name} that is not a valid ${String(s['type'])}`;
      case 'minLength': return `${name} shorter than ${String(s['minLength'])} characters`;
      case 'maxLength': return `${name} longer than ${String(s['maxLength'])} characters`;
      case 'minimum': return `${name} below ${String(s['minimum'])}`;
      case 'maximum': return `${name} above ${String(s['maximum'])}`;
      case 'enum': return `${name} outside ${JSON.stringify(s['enum'])} (exact case)`;
      case 'charset': return `${name} holding a character outside [${h.charset ?? ''}]`;
      case 'firstChar': return `${name} starting with a character outside [${h.firstChar ?? ''}]`;
      case 'forbiddenPrefix': return `${name} starting with ${(h.forbiddenPrefixes ?? []).map((p) => `'${p}'`).join(' or ')}`;
      case 'forbiddenSubstring': return `${name} containing ${(h.forbiddenSubstrings ?? []).map((p) => `'${p}'`).join(' or ')}`;
      case 'maxItems': return `${name} with more than ${String(s['maxItems'])} items`;
      case 'jsonArray': return `${name} that is not a JSON array literal`;
    }
  })();
  if (violation.outcome === 'ignored') {
    return ref.constraint === 'maxItems'
      ? `${name}: items beyond the ${String(s['maxItems'])}th are ignored; the call succeeds.`
      : `${what} is ignored; the call succeeds.`;
  }
  const expected = violation.code ?? violation.codes?.join(' or ') ?? 'a client error';
  const status = violation.httpStatus ?? (violation.statusClass === '4xx' ? '4xx' : '');
  return `${what} is rejected with ${status ? `${status} ` : ''}${expected}.`;
}
