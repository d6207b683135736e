import type { Conformance } from '../../harness/index.js';
import { answerOf } from '../support/answerOf.js';
import { listOf } from '../support/listOf.js';

const BY_ID = 'swas.ListInstances.state.InstanceIdsFilter';
const ID_AND_IP = 'swas.ListInstances.state.IdsAndAddressesMustMatch';
const WILDCARD = 'swas.ListInstances.state.NameWildcard';

/** An address from the documentation range (RFC 5737), used when no other server has a public address. */
const NOBODYS_ADDRESS = '203.0.113.7';
type Server = { InstanceId: string; InstanceName?: string; PublicIpAddress?: string };

/** ListInstances: InstanceIds lists exactly those servers, InstanceIds and PublicIpAddresses of different servers list none, InstanceName takes a '*' wildcard. */
export function instanceFilters(c: Conformance): void {
  c.rule([BY_ID, ID_AND_IP, WILDCARD], async (t) => {
    const list = async (params: Record<string, string | number>) => {
      const r = await t.call('swas', 'ListInstances', { PageSize: 100, ...params });
      return { r, items: listOf<Server>(r.body, 'Instances') };
    };
    const all = (await list({})).items;
    const [a] = all;
    if (!a) return [BY_ID, ID_AND_IP, WILDCARD].forEach((id) => t.skip(id, 'the main account has no server'));
    const byId = await list({ InstanceIds: JSON.stringify([a.InstanceId]) });
    t.check(BY_ID, byId.items.length === 1 && byId.items[0]?.InstanceId === a.InstanceId, `InstanceIds=[${a.InstanceId}] lists exactly that server`,
      `${answerOf(byId.r)}, listed: ${byId.items.map((s) => s.InstanceId).join(', ') || 'none'}`);

    const address = all.find((s) => s.InstanceId !== a.InstanceId && s.PublicIpAddress)?.PublicIpAddress ?? NOBODYS_ADDRESS;
    const mixed = await list({ InstanceIds: JSON.stringify([a.InstanceId]), PublicIpAddresses: JSON.stringify([address]) });
    t.check(ID_AND_IP, mixed.r.status === 200 && mixed.items.length === 0, `InstanceIds=[${a.InstanceId}] with PublicIpAddresses=[${address}] (not that server's) answers HTTP 200 with no server`,
      `${answerOf(mixed.r)}, listed: ${mixed.items.map((s) => s.InstanceId).join(', ') || 'none'}`);

    const named = all.find((s) => (s.InstanceName ?? '').length >= 2);
    if (!named?.InstanceName) return t.skip(WILDCARD, 'no server has a name of two characters or more');
    const pattern = `${named.InstanceName.slice(0, Math.ceil(named.InstanceName.length / 2))}*`;
    const wild = await list({ InstanceName: pattern });
    t.check(WILDCARD, wild.items.some((s) => s.InstanceId === named.InstanceId), `InstanceName=${pattern} lists ${named.InstanceId} (${named.InstanceName})`,
      `${answerOf(wild.r)}, listed: ${wild.items.map((s) => s.InstanceName).join(', ') || 'none'}`);
  });
}
