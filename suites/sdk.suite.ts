import { describe } from 'vitest';
import { conformance } from '../harness/index.js';
import { sdkCustomImage } from './sdk/sdkCustomImage.js';
import { sdkEcsImage } from './sdk/sdkEcsImage.js';

// The official SDK clients (@alicloud/swas-open20200601, @alicloud/ecs20140526) drive the five
// central operations against the target: success paths are read back with the harness's client,
// error paths must reject with the SDK's error carrying the documented code and HTTP status.
const c = conformance();

describe('sdk', () => {
  sdkCustomImage(c);
  sdkEcsImage(c);
});
