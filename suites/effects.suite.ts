import { describe } from 'vitest';
import { conformance } from '../harness/index.js';
import { ecsPartialRefusals } from './effects/ecsPartialRefusals.js';
import { mixedBatchDelete } from './effects/mixedBatchDelete.js';

// A refusal changes nothing. Every suite's expected refusals are watched for side effects (the
// RefusalChangesNothing rules, harness/effects); these tests add the refusals where a half-done
// call has room to show: a batch naming good ids next to a refused one, a share list naming a
// valid account before a refused one, a rename sent with a status change the image cannot take.
const c = conformance();

describe('effects', () => {
  mixedBatchDelete(c);
  ecsPartialRefusals(c);
});
