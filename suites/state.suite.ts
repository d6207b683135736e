import { describe } from 'vitest';
import { conformance } from '../harness/index.js';
import { creatingImage } from './state/creatingImage.js';
import { customImageCreated } from './state/customImageCreated.js';
import { customImageListing } from './state/customImageListing.js';
import { deletedGone } from './state/deletedGone.js';
import { deprecation } from './state/deprecation.js';
import { diskFilters } from './state/diskFilters.js';
import { imageAttributeChanges } from './state/imageAttributeChanges.js';
import { imageAttributes } from './state/imageAttributes.js';
import { imageListing } from './state/imageListing.js';
import { imdsOneWay } from './state/imdsOneWay.js';
import { instanceFilters } from './state/instanceFilters.js';
import { sharedImageLocks } from './state/sharedImageLocks.js';
import { shareLifecycle } from './state/shareLifecycle.js';
import { sharePermissions } from './state/sharePermissions.js';
import { snapshotFilters } from './state/snapshotFilters.js';
import { snapshotLifecycle } from './state/snapshotLifecycle.js';

// State rules: what one call leaves behind for the others to see. Cross-operation rules (share
// before delete, ECS visibility of shared SWAS images, deprecation, IMDS, images being created) and
// the state and response rules of each operation (lists, filters, paging, attributes). A state
// that must appear is given the profile's settle timeout; a wait for creation to finish that times
// out leaves the rule unknown.
const c = conformance();

describe('state', () => {
  shareLifecycle(c);
  deletedGone(c);
  customImageCreated(c);
  customImageListing(c);
  snapshotLifecycle(c);
  diskFilters(c);
  instanceFilters(c);
  snapshotFilters(c);
  creatingImage(c);
  imageAttributes(c);
  imageAttributeChanges(c);
  imageListing(c);
  deprecation(c);
  sharedImageLocks(c);
  imdsOneWay(c);
  sharePermissions(c);
});
