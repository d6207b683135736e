import type { Conformance, RuleTest } from '../../harness/index.js';
import { listOf } from '../support/listOf.js';
import { missingPeer, skipRules } from './skipRules.js';

const REACH = 'acs.isolation.KeyReachesItsAccount';
const BAD = 'acs.protocol.BadSignature';

const idsOf = async (t: RuleTest, as: 'main' | 'peer') => [
  ...listOf((await t.call('swas', 'ListInstances', { PageSize: 100 }, { as })).body, 'Instances').map((i) => String(i['InstanceId'])),
  ...listOf((await t.call('swas', 'ListDisks', { PageSize: 100 }, { as })).body, 'Disks').map((d) => String(d['DiskId'])),
];

/**
 * Each account's valid key reaches its own account: the servers and disks listed for the main key
 * and for the peer's key have no id in common. And a signature made with the wrong secret for the
 * peer's AccessKeyId (the main account's) is refused as a bad signature. Reads only.
 */
export function keysReachTheirAccount(c: Conformance): void {
  c.rule([REACH, BAD], async (t) => {
    const noPeer = missingPeer(t);
    if (noPeer) return skipRules(t, [REACH, BAD], noPeer);
    const [main, peer] = [await idsOf(t, 'main'), await idsOf(t, 'peer')];
    if (!main.length) skipRules(t, [REACH], 'the main account lists no server or disk to tell the accounts apart by');
    else {
      const both = main.filter((id) => peer.includes(id));
      t.check(REACH, both.length === 0, 'no server or disk is listed for both the main key and the peer\'s key', `${both.length} ids listed for both (${both.slice(0, 3).join(', ')}); main ${main.length}, peer ${peer.length}`);
    }
    const { main: mainKey, peer: peerKey } = t.client.options.accounts;
    await t.probe(BAD, 'swas', 'ListInstances', {}, { credentials: { accessKeyId: peerKey!.accessKeyId, accessKeySecret: mainKey.accessKeySecret } });
  });
}
