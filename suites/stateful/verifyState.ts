import { observeModel, observeTarget, type Observed } from './observeState.js';
import type { World } from './World.js';

/** One difference between the observed and the documented state, and the rules it may break. */
export interface StateDiff {
  documented: string;
  received: string;
  /** Rules the difference may break; those the command's outcome names are reported. */
  candidates: string[];
  /** Reported when the command names none of the candidates. */
  fallback: string[];
  /** Reported whatever the command: the difference itself breaks them. */
  always?: string[];
}

const GONE = ['swas.DeleteCustomImages.state.ImagesGone', 'swas.DeleteCustomImage.state.ImageGone', 'swas.state.DeletedGoneEverywhere'];
const SNAPSHOT_LISTED = ['swas.CreateSnapshot.state.SnapshotListed'];
const SNAPSHOT_GONE = ['swas.DeleteSnapshot.state.SnapshotGone'];
const LISTED = ['swas.CreateCustomImage.state.ImageListed'];
const SHARE = ['swas.ModifyImageShareStatus.state.InShareFlag'];
const ECS_GONE = ['ecs.DeleteImage.state.ImageGone'];
const ECS_STATUS = ['ecs.state.DeprecateAndRestore', 'ecs.CreateImage.state.CreatingToAvailable'];
const IMDS = ['ecs.state.ImdsSupportOneWay', 'ecs.ModifyImageAttribute.state.AttributesApplied'];
const ACCOUNTS = ['ecs.ModifyImageSharePermission.state.AccountsListed', 'ecs.ModifyImageSharePermission.state.RemoveKeepsOthers'];

const show = (v: unknown) => (v === undefined ? 'absent' : JSON.stringify(v));

/** The first difference between what the model documents and what the target shows. */
export function diffState(want: Observed, got: Observed): StateDiff | undefined {
  const d = (what: string, a: unknown, b: unknown, candidates: string[], fallback = candidates): StateDiff =>
    ({ documented: `${what}: ${show(a)}`, received: `${what}: ${show(b)}`, candidates, fallback });
  for (const id of new Set([...Object.keys(want.swas), ...Object.keys(got.swas)])) {
    const a = want.swas[id];
    const b = got.swas[id];
    // Listed but deleted in the model: a delete that did not take (or a stale list); the reverse: a lost image.
    if (!a) return d(`ListCustomImages item ${id}`, a, b, GONE, ['swas.state.DeletedGoneEverywhere', 'swas.DeleteCustomImages.state.ImagesGone']);
    if (!b) return d(`ListCustomImages item ${id}`, a, b, LISTED);
    if (a.Name !== b.Name) return d(`ListCustomImages ${id} Name`, a.Name, b.Name, LISTED);
    if (a.InShare !== b.InShare) return d(`ListCustomImages ${id} InShare`, a.InShare, b.InShare, SHARE);
  }
  for (const id of new Set([...Object.keys(want.snapshots), ...Object.keys(got.snapshots)])) {
    const a = want.snapshots[id];
    const b = got.snapshots[id];
    if (a?.Status !== b?.Status) return d(`ListSnapshots ${id} Status`, a?.Status, b?.Status, a ? SNAPSHOT_LISTED : SNAPSHOT_GONE);
  }
  for (const id of new Set([...Object.keys(want.ecs), ...Object.keys(got.ecs)])) {
    const a = want.ecs[id];
    const b = got.ecs[id];
    if (!a || !b) return d(`DescribeImages(${id}, any status)`, a?.Status, b?.Status, [...ECS_GONE, ...ECS_STATUS], a ? ECS_STATUS : ECS_GONE);
    if (a.Status !== b.Status) return d(`DescribeImages ${id} Status`, a.Status, b.Status, ECS_STATUS, ['ecs.state.DeprecateAndRestore']);
    if (a.ImdsSupport === 'v2' && b.ImdsSupport === 'v1') {
      return { ...d(`DescribeImages ${id} Features.ImdsSupport`, a.ImdsSupport, b.ImdsSupport, IMDS, ['ecs.state.ImdsSupportOneWay']), always: ['ecs.state.ImdsSupportOneWay'] };
    }
    if (a.ImdsSupport !== b.ImdsSupport) return d(`DescribeImages ${id} Features.ImdsSupport`, a.ImdsSupport, b.ImdsSupport, IMDS, ['ecs.state.ImdsSupportOneWay']);
    if (b.accounts && JSON.stringify(a.accounts) !== JSON.stringify(b.accounts)) {
      return d(`DescribeImageSharePermission ${id} accounts`, a.accounts, b.accounts, ACCOUNTS, ['ecs.ModifyImageSharePermission.state.AccountsListed']);
    }
  }
  return undefined;
}

/** Polls the target (settle timeout) until it shows the model's state; the difference left, if any. */
export async function verifyState(w: World): Promise<StateDiff | undefined> {
  if (!w.swasIds.length && !w.ecsIds.length && !w.snapshotIds.length) return undefined;
  const want = observeModel(w);
  let last: Observed | undefined;
  const hit = await w.t.until(async () => (last = await observeTarget(w)), (got) => !diffState(want, got));
  return hit ? undefined : diffState(want, last!);
}
