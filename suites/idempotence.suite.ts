import { describe } from 'vitest';
import { conformance } from '../harness/index.js';
import { customImageToken } from './idempotence/customImageToken.js';
import { deleteToken } from './idempotence/deleteToken.js';
import { ecsImageToken } from './idempotence/ecsImageToken.js';
import { shareToken } from './idempotence/shareToken.js';
import { snapshotToken } from './idempotence/snapshotToken.js';

// ClientToken idempotence, on every operation that changes state and takes a token: the same
// token and parameters give the first call's result without a second effect, also after the first
// call's resource was deleted or its share withdrawn; the same token with other parameters is
// refused and changes nothing. Every call here carries its own token and is sent once (no retry),
// so the client never adds or reuses one.
const c = conformance();

describe('idempotence', () => {
  customImageToken(c);
  ecsImageToken(c);
  snapshotToken(c);
  deleteToken(c);
  shareToken(c);
});
