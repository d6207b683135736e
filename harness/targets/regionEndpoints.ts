import type { Spec } from '../../spec/index.js';
import { ToolError } from '../errors/ToolError.js';
import type { Profile } from './Profile.js';

/**
 * The endpoints of the profile's second region (`secondRegion`) on the real cloud, where each
 * region has its own documented hosts; undefined elsewhere (the bundled emulator, the mock and a
 * URL serve every region at the profile's endpoints). A second region without a documented
 * endpoint is a ToolError naming it.
 */
export function regionEndpoints(spec: Spec, profile: Profile, kind: string): Record<string, { swas: string; ecs: string }> | undefined {
  const region = profile.secondRegion;
  if (kind !== 'cloud' || !region) return undefined;
  const host = (p: 'swas' | 'ecs') => {
    const h = spec.products[p].endpoints[region];
    if (!h) throw new ToolError(`profile ${profile.name}: secondRegion '${region}' has no documented ${p} endpoint`);
    return `https://${h}`;
  };
  return { [region]: { swas: host('swas'), ecs: host('ecs') } };
}
