import { describe, expect, it } from 'vitest';
import { EcsBench, imageIdOf } from './ops/ecs/ecsBench.js';
import { SERVER1, SYS1, expectError, swasKit } from './ops/swas/swasTestKit.js';
import { SEED } from './seed.js';

// Same-token calls sent at once to one model, with nothing between them but microtasks (the way
// the in-process mock serves them): the second must see the first's outcome, as it would had it
// come later.
describe('ClientToken under concurrent calls', () => {
  it('gives every same-token create the first one\'s image, and makes one image', async () => {
    const k = swasKit();
    const answers = await Promise.all([1, 2, 3].map(() => k.image('img-a', { ClientToken: 'token-1' })));
    const ids = answers.map((a) => (a.kind === 'ok' ? a.body['ImageId'] : `${a.code}`));
    expect(ids[0]).toMatch(/^m-/);
    expect(ids).toEqual([ids[0], ids[0], ids[0]]);
    expect(answers[2]!.rules).toContain('swas.idempotence.ClientTokenSameResult');
    expect(await k.images({ ImageNames: JSON.stringify(['img-a']) })).toHaveLength(1);
  });

  it('answers the mismatch to a concurrent same-token create with other parameters', async () => {
    const k = swasKit();
    const [first, other] = await Promise.all([k.image('img-a', { ClientToken: 'token-1' }), k.image('img-b', { ClientToken: 'token-1' })]);
    expect(first.kind).toBe('ok');
    expectError(other, 'IdempotentParameterMismatch');
    expect(await k.images()).toHaveLength(1);
  });

  it('lets the next same-token create run afresh when the first failed', async () => {
    const k = swasKit();
    const [failed, next] = await Promise.all([
      k.call('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: 's-none', ImageName: 'img-a', ClientToken: 'token-1' }),
      k.call('CreateCustomImage', { InstanceId: SERVER1, SystemSnapshotId: SYS1, ImageName: 'img-a', ClientToken: 'token-1' }),
    ]);
    expectError(failed, 'InvalidParam.SystemSnapshotIdNotFound');
    expect(next.kind).toBe('ok');
  });

  it('keeps tokens apart per account and per token', async () => {
    const k = swasKit();
    const answers = await Promise.all([
      k.image('img-a', { ClientToken: 'token-1' }), k.image('img-b', { ClientToken: 'token-2' }), k.image('img-a', { ClientToken: 'token-1' }),
    ]);
    expect(answers.map((a) => a.kind)).toEqual(['ok', 'ok', 'ok']);
    expect(await k.images()).toHaveLength(2);
  });

  it('holds for ECS CreateImage too', async () => {
    const b = new EcsBench();
    const params = { SnapshotId: SEED.main.ecsSnapshot, ImageName: 'tokened', ClientToken: 'token-1' };
    const [first, again] = await Promise.all([b.call('CreateImage', params), b.call('CreateImage', params)]);
    expect(imageIdOf(again)).toBe(imageIdOf(first));
  });
});
