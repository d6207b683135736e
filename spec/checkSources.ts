import { SpecError } from './SpecError.js';

/** Every cited document id (`source.doc`, `source.also`, `sources[]`) exists in sources.json. */
export function checkSources(document: unknown, file: string, known: ReadonlySet<string>): void {
  const check = (id: unknown, pointer: string) => {
    if (typeof id === 'string' && !known.has(id)) throw new SpecError(file, pointer, `unknown source document '${id}' (not in spec/sources.json)`);
  };
  const walk = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${pointer}/${i}`));
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      const at = `${pointer}/${key}`;
      if (key === 'source' && child && typeof child === 'object' && !Array.isArray(child)) {
        const ref = child as { doc?: unknown; also?: unknown };
        check(ref.doc, `${at}/doc`);
        if (Array.isArray(ref.also)) ref.also.forEach((id, i) => check(id, `${at}/also/${i}`));
      } else if (key === 'sources' && Array.isArray(child) && pointer === '') {
        child.forEach((id, i) => check(id, `${at}/${i}`));
      } else if (key !== 'schema') {
        walk(child, at);
      }
    }
  };
  walk(document, '');
}
