import { loadSpec } from './loadSpec.js';
import type { Spec } from './types.js';

let cached: Spec | undefined;

/** The project's own spec, loaded and checked once per process. */
export function getSpec(): Spec {
  cached ??= loadSpec();
  return cached;
}
