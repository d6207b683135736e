import { signedRequest, type CallInput } from '../../harness/client/signedRequest.js';
import { send } from '../../harness/client/send.js';
import { SEED } from '../../harness/model/seed.js';

export const VERSIONS = { swas: '2020-06-01', ecs: '2014-05-26' } as const;
export const MAIN: { accessKeyId: string; accessKeySecret: string } = { accessKeyId: SEED.main.accessKeyId, accessKeySecret: SEED.main.accessKeySecret };
export const PEER = { accessKeyId: SEED.peer.accessKeyId, accessKeySecret: SEED.peer.accessKeySecret };

export interface Answer { status: number; body: Record<string, any>; text: string }

/** One signed call to an emulator; answers status and parsed JSON body. */
export async function call(url: string, product: 'swas' | 'ecs', action: string, params: CallInput['params'],
  options: Partial<CallInput> & { credentials?: typeof MAIN } = {}): Promise<Answer> {
  const req = signedRequest({ endpoint: url, ...(options.credentials ?? MAIN) }, { action, version: VERSIONS[product], params: { RegionId: SEED.region, ...params }, ...options });
  const answer = await send(req.url, { method: req.method, headers: req.headers });
  let body: Record<string, any> = {};
  try { body = JSON.parse(answer.text) as Record<string, any>; } catch { /* left empty: the test looks at text */ }
  return { status: answer.status, body, text: answer.text };
}
