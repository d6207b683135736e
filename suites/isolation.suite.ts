import { describe } from 'vitest';
import { conformance } from '../harness/index.js';
import { ecsShareIsolation } from './isolation/ecsShareIsolation.js';
import { keysReachTheirAccount } from './isolation/keysReachTheirAccount.js';
import { peerCreates } from './isolation/peerCreates.js';
import { swasImageIsolation } from './isolation/swasImageIsolation.js';

// Who may see and do what: the main account's images and snapshots against a second account (the
// profile's peer), a second region (secondRegion) and another account's key. Every mutating
// operation tried by the peer on the owner's resource (one shared with it included) is refused and
// leaves the resource as it was; each account lists what it owns or was given, under the documented
// ImageOwnerAlias, only while it was given; a second region reaches nothing; a snapshot goes only
// after the image made from it. One ECS image and one custom image (with its own snapshot) serve
// all the rules. Per run: 3 creates that succeed (CreateImage, CreateSnapshot, CreateCustomImage,
// each deleted again), 3 creates the peer tries that must be refused, about 120 calls, no SWAS
// operation more than 16 times (fixtures/plan/isolation.json); nothing in secondRegion.
const c = conformance();

describe('isolation', () => {
  keysReachTheirAccount(c);
  peerCreates(c);
  ecsShareIsolation(c);
  swasImageIsolation(c);
});
