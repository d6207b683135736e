import { officialEcsClient, officialSwasClient, resolveCredentials, type EcsClient, type RuleTest, type SwasClient } from '../../harness/index.js';

/**
 * The official SWAS and ECS clients for the profile's main account, endpoints (URLs or hosts) and
 * region, writing the run's ledger and held to its --max-creates as the test's own client is.
 */
export async function officialPair(t: RuleTest): Promise<{ swas: SwasClient; ecs: EcsClient; regionId: string }> {
  const { accessKeyId, accessKeySecret } = await resolveCredentials(t.profile.credentials);
  const { ledger, runId, maxCreates } = t.client.options;
  const run = { ...(ledger && { ledger }), ...(runId !== undefined && { runId }), ...(maxCreates !== undefined && { maxCreates }) };
  const common = { accessKeyId, accessKeySecret, regionId: t.profile.region, run };
  return {
    swas: officialSwasClient({ ...common, endpoint: t.profile.endpoints.swas }),
    ecs: officialEcsClient({ ...common, endpoint: t.profile.endpoints.ecs }),
    regionId: t.profile.region,
  };
}
