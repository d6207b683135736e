import { describe } from 'vitest';
import { conformance } from '../harness/index.js';
import { statefulProperty } from './stateful/statefulProperty.js';

// Stateful, property-based conformance: fast-check command sequences over the custom-image
// lifecycle (SWAS create, delete, share; ECS create, deprecate, IMDS, share, delete, describe),
// with the reference model as the oracle. Seeded by the run (--seed), runs capped by --runs.
const c = conformance();

describe('stateful', () => {
  statefulProperty(c);
});
