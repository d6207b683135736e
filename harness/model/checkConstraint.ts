import type { ConstraintRef } from '../../spec/index.js';

const chars = (s: string) => [...s];
const classRe = new Map<string, RegExp>();
const inClass = (body: string, ch: string): boolean => {
  let re = classRe.get(body);
  if (!re) classRe.set(body, (re = new RegExp(`^[${body}]$`, 'u')));
  return re.test(ch);
};

/**
 * Whether `value` breaks the constraint. `required`, `type` and `jsonArray` are judged elsewhere
 * (presence and decoding); a value of the wrong shape for a constraint does not break it.
 */
export function breaks(ref: ConstraintRef, value: unknown): boolean {
  const s = ref.schema as Record<string, unknown>;
  const h = ref.hints;
  if (typeof value === 'string') {
    switch (ref.constraint) {
      case 'minLength': return chars(value).length < Number(s['minLength']);
      case 'maxLength': return chars(value).length > Number(s['maxLength']);
      case 'enum': return !(s['enum'] as unknown[]).includes(value);
      case 'charset': return chars(value).some((c) => !inClass(h.charset!, c));
      case 'firstChar': return value.length > 0 && !inClass(h.firstChar!, chars(value)[0]!);
      case 'forbiddenPrefix': return (h.forbiddenPrefixes ?? []).some((p) => value.startsWith(p));
      case 'forbiddenSubstring': return (h.forbiddenSubstrings ?? []).some((p) => value.includes(p));
      default: return false;
    }
  }
  if (typeof value === 'number') {
    if (ref.constraint === 'minimum') return value < Number(s['minimum']);
    if (ref.constraint === 'maximum') return value > Number(s['maximum']);
    if (ref.constraint === 'enum') return !(s['enum'] as unknown[]).includes(value);
    return false;
  }
  if (Array.isArray(value) && ref.constraint === 'maxItems') return value.length > Number(s['maxItems']);
  return false;
}
