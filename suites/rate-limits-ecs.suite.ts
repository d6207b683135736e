import { describe } from 'vitest';
import { conformance } from '../harness/index.js';
import { rateLimitGroup } from './rate-limits/rateLimitGroup.js';

// The documented call rates of the ECS operations (suites/rate-limits/rateLimitGroup.ts). Only with
// rate-limit tests on (always on emulators; --rate-limit-tests on other targets).
const c = conformance();

describe('rate-limits: ECS', () => rateLimitGroup(c, 'ecs'));
