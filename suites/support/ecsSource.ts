import type { RuleTest } from '../../harness/index.js';

/** What the profile lets ECS CreateImage build from: its snapshot, else its instance (resources.ecs). */
export function ecsSource(t: RuleTest): { SnapshotId: string } | { InstanceId: string } | undefined {
  const ecs = t.profile.resources?.ecs;
  return ecs?.snapshotId ? { SnapshotId: ecs.snapshotId } : ecs?.instanceId ? { InstanceId: ecs.instanceId } : undefined;
}
