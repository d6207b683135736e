import { UsageError } from '../errors/ToolError.js';

/**
 * The suites `--suite NAME...` picks: a name picks the suite of that name, or a group of them
 * (`errors` picks errors-swas-images, …); none named: every suite.
 */
export function chooseSuites(names: readonly string[], known: readonly string[]): string[] {
  const chosen = [...new Set(names.flatMap((s) => {
    const hits = known.filter((k) => k === s || k.startsWith(`${s}-`));
    if (!hits.length) throw new UsageError(`run: unknown suite '${s}' (expected one of: ${[...new Set(known.map((k) => k.split('-')[0]))].join(', ')}, or a full name: ${known.join(', ')})`);
    return hits;
  }))];
  return chosen.length ? chosen : [...known];
}
