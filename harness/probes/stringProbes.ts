import fc from 'fast-check';
import type { Constraint, ProbeHints } from '../../spec/index.js';
import { classKinds, inClass, outsideClass } from './charClass.js';

export interface RawProbe { valid: boolean; value: string; label: string }
export interface StringSchema { minLength?: number; maxLength?: number }

const chars = (s: string) => [...s];
const len = (s: string) => chars(s).length;
const cut = (s: string, n: number) => chars(s).slice(0, Math.max(0, n)).join('');
const show = (ch: string) => (ch === ' ' ? 'a space' : `'${ch}'`);

/**
 * Boundary probes of one string constraint, built on `base` (a valid value): lengths min-1, min,
 * max, max+1; characters outside the class and one of each allowed kind; first characters; each
 * forbidden prefix and substring. Lengths count code points, as the schema's minLength does.
 */
export function stringProbes(constraint: Constraint, schema: StringSchema, hints: ProbeHints, base: string,
  options: { seed?: number; emptyMeansUnchanged?: boolean } = {}): RawProbe[] {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Math.max(64, len(base) + 16);
  const filler = !hints.charset || inClass(hints.charset, 'a') ? 'a' : classKinds(hints.charset)[0]!;
  /** `s` cut or padded to exactly n characters (base's first character kept). */
  const sized = (s: string, n: number) => (len(s) >= n ? cut(s, n) : s + filler.repeat(n - len(s)));
  const start = sized(base, Math.max(min, Math.min(len(base), max)));
  const fit = (s: string) => cut(s, max);

  switch (constraint) {
    case 'minLength': {
      const out: RawProbe[] = [{ valid: true, value: sized(start, min), label: `a value of exactly ${min} character${min === 1 ? '' : 's'} (the minimum)` }];
      if (min - 1 >= 0 && !(min - 1 === 0 && options.emptyMeansUnchanged)) {
        out.push({ valid: false, value: sized(start, min - 1), label: min - 1 === 0 ? 'an empty value' : `a value of ${min - 1} character${min - 1 === 1 ? '' : 's'}` });
      }
      return out;
    }
    case 'maxLength':
      return [
        { valid: true, value: sized(start, max), label: `a value of exactly ${max} characters (the maximum)` },
        { valid: false, value: sized(start, max + 1), label: `a value of ${max + 1} characters` },
      ];
    case 'charset': {
      const body = hints.charset!;
      const kinds = classKinds(body);
      const out: RawProbe[] = outsideClass(body).map((ch) => ({
        valid: false, value: fit(cut(start, 1) + ch + chars(start).slice(1).join('')), label: `a value holding ${show(ch)} (outside [${body}])`,
      }));
      const all = kinds.join('');
      out.push({ valid: true, value: cut(start, max - len(all)) + all, label: `a value holding one allowed character of each kind ('${all}')` });
      out.push({ valid: true, value: randomValid(body, hints, start, min, max, options.seed ?? 0), label: 'a random value of allowed characters' });
      return out;
    }
    case 'firstChar': {
      const body = hints.firstChar!;
      const others = hints.charset ? classKinds(hints.charset).filter((ch) => !inClass(body, ch)) : [];
      const bad = others.length ? others : outsideClass(body);
      return [
        ...bad.map((ch) => ({ valid: false, value: fit(ch + start), label: `a value starting with ${show(ch)}` })),
        ...classKinds(body).map((ch) => ({ valid: true, value: fit(ch + chars(start).slice(1).join('')), label: `a value starting with ${show(ch)}` })),
      ];
    }
    case 'forbiddenPrefix':
      return (hints.forbiddenPrefixes ?? []).map((p) => ({ valid: false, value: fit(p + start), label: `a value starting with '${p}'` }));
    case 'forbiddenSubstring':
      return (hints.forbiddenSubstrings ?? []).map((s) => {
        const head = cut(start, 2);
        const tail = cut(chars(start).slice(2).join(''), max - len(head) - len(s));
        return { valid: false, value: head + s + tail, label: `a value containing '${s}'` };
      });
    default:
      throw new Error(`stringProbes: '${constraint}' is not a string constraint`);
  }
}

/** A value drawn with fast-check from the allowed characters, starting like `start`, free of forbidden parts. */
function randomValid(body: string, hints: ProbeHints, start: string, min: number, max: number, seed: number): string {
  const pool = classKinds(body).filter((ch) => ch !== ' ');
  for (const ch of 'bZ7x') if (inClass(body, ch) && !pool.includes(ch)) pool.push(ch);
  const head = cut(start, 1);
  const clean = (s: string) => !(hints.forbiddenPrefixes ?? []).some((p) => s.startsWith(p)) && !(hints.forbiddenSubstrings ?? []).some((p) => s.includes(p));
  const arb = fc.array(fc.constantFrom(...pool), { minLength: Math.max(0, min - 1), maxLength: Math.max(min - 1, Math.min(max - 1, 40)) })
    .map((tail) => head + tail.join(''))
    .filter(clean);
  return fc.sample(arb, { seed, numRuns: 1 })[0]!;
}
