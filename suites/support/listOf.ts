/**
 * The array at `path` inside an answer body (`listOf(body, 'CustomImages')`,
 * `listOf(body, 'Images', 'Image')`); empty when any step is missing or not what it should be.
 */
export function listOf<T = Record<string, unknown>>(body: unknown, ...path: string[]): T[] {
  let at: unknown = body;
  for (const key of path) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return Array.isArray(at) ? (at as T[]) : [];
}
