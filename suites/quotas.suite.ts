import { describe } from 'vitest';
import { conformance } from '../harness/index.js';
import { accountsPerCall } from './quotas/accountsPerCall.js';
import { imageCapQuota } from './quotas/imageCapQuota.js';
import { perServerQuota } from './quotas/perServerQuota.js';
import { shareAccountsPerImage } from './quotas/shareAccountsPerImage.js';
import { snapshotsPerAccount } from './quotas/snapshotsPerAccount.js';
import { snapshotsPerServer } from './quotas/snapshotsPerServer.js';
import { tagLimit } from './quotas/tagLimit.js';

// Quotas and list limits: custom images per server and per account, 15 ids per delete, 20 tags,
// 10 accounts per call and 50 per image, snapshots per server and per account. Each test fills a
// limit, judges the call beyond it and deletes what it made (the tests of this file share quota).
const c = conformance();

describe('quotas', () => {
  perServerQuota(c);
  imageCapQuota(c);
  tagLimit(c);
  accountsPerCall(c);
  shareAccountsPerImage(c);
  snapshotsPerServer(c);
  snapshotsPerAccount(c);
});
