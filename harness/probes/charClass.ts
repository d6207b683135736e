/**
 * Reading of a regular-expression character class body, as the probe hints write them
 * (`A-Za-z0-9:_\u4e00-\u9fa5\-`): membership, and one representative character of each of its
 * kinds (each range and each single character), so a probe can hold one of every allowed kind.
 */

const cache = new Map<string, RegExp>();

/** Whether the single character `ch` is in the class `body`. */
export function inClass(body: string, ch: string): boolean {
  let re = cache.get(body);
  if (!re) cache.set(body, (re = new RegExp(`^[${body}]$`, 'u')));
  return re.test(ch);
}

/** Reads one class atom at `i`: an escape (`\uXXXX`, `\u{…}`, `\xXX`, `\-`) or a literal character. */
function atom(body: string, i: number): { ch: string; next: number } {
  if (body[i] !== '\\') {
    const ch = String.fromCodePoint(body.codePointAt(i)!);
    return { ch, next: i + ch.length };
  }
  const rest = body.slice(i + 1);
  const braced = /^u\{([0-9a-fA-F]+)\}/.exec(rest);
  if (braced) return { ch: String.fromCodePoint(parseInt(braced[1]!, 16)), next: i + 1 + braced[0].length };
  const hex = /^(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/.exec(rest);
  if (hex) return { ch: String.fromCodePoint(parseInt((hex[1] ?? hex[2])!, 16)), next: i + 1 + hex[0].length };
  if (/^[dswDSWpP]/.test(rest)) throw new Error(`charClass: class escape \\${rest[0]} is not supported in '${body}'`);
  return { ch: rest[0] ?? '\\', next: i + 2 };
}

/** One character for each kind of the class: the first of each range, and each single character. */
export function classKinds(body: string): string[] {
  if (body.startsWith('^')) throw new Error(`charClass: negated class '${body}' is not supported`);
  const kinds: string[] = [];
  for (let i = 0; i < body.length;) {
    const first = atom(body, i);
    if (body[first.next] === '-' && first.next + 1 < body.length) {
      const last = atom(body, first.next + 1);
      kinds.push(first.ch);
      i = last.next;
    } else {
      kinds.push(first.ch);
      i = first.next;
    }
  }
  for (const k of kinds) if (!inClass(body, k)) throw new Error(`charClass: '${k}' read from '${body}' is not in the class`);
  return [...new Set(kinds)];
}

/** Characters of the candidate alphabet that are outside the class: space, '/', '@', '.', '#', 'é'. */
export const OUTSIDE_CANDIDATES = [' ', '/', '@', '.', '#', '\u00e9'] as const;

export function outsideClass(body: string): string[] {
  return OUTSIDE_CANDIDATES.filter((ch) => !inClass(body, ch));
}
