import { describe } from 'vitest';
import { conformance, ErrorRules } from '../harness/index.js';

// Documented error codes of ECS DescribeImages: malformed filters and conflicting queries. Reads
// only, so they run where mutations are not allowed too.
const c = conformance();
const e = new ErrorRules(c, ['ecs.DescribeImages']);
const rule = (code: string) => `ecs.DescribeImages.error.${code}`;
const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `acsc-tag-${i + 1}`, Value: 'v' }));

describe('errors: ECS DescribeImages', () => {
  const probes: [string, Record<string, string | boolean | Record<string, string>[]>][] = [
    ['InvalidImageOwnerAlias.ValueNotSupported', { ImageOwnerAlias: 'mine' }],
    ['InvalidParamter', { Status: 'Gone' }],
    ['InvalidTag.Mismatch', { Tag: [{ Value: 'acsc-value-without-key' }] }],
    ['InvalidTagCount', { Tag: tags(21) }],
    ['InvalidInstanceType.ValueNotSupported', { InstanceType: 'ecs.no-such-type' }],
    ['InvalidFilterValue.NetworkType', { Filter: [{ Key: 'NetworkType', Value: 'lan' }] }],
    ['InvalidOperation.ImageOwnerIdUnsupported', { ImageOwnerAlias: 'self', ImageOwnerId: c.profile.peer?.accountId ?? '1234567890' }],
    ['InvalidImageOwnerAlias.PublicImageUnsupported', { ImageOwnerAlias: 'self', IsPublic: true }],
    ['InvalidFilterKey.NotFound', { Filter: [{ Key: 'Colour', Value: 'blue' }] }],
    ['InvalidFilterValue', { Filter: [{ Key: 'CreationStartTime', Value: 'yesterday' }] }],
    ['InvalidUsage', { Usage: 'busy' }],
    ['InvalidOSType', { OSType: 'macos' }],
    ['InvalidArchitecture', { Architecture: 'riscv' }],
    ['DryRunOperation', { DryRun: true }],
  ];
  for (const [code, params] of probes) e.rule(rule(code), async (t) => void (await t.probe(rule(code), 'ecs', 'DescribeImages', params)));

  // Cloud-only: an account barred from public images. Where the account may use them the
  // query succeeds and the code cannot be reached.
  e.rule(rule('CurrentAccount.NotSupportPublicImage'), async (t) => {
    const r = await t.call('ecs', 'DescribeImages', { ImageOwnerAlias: 'system', PageSize: 1 }, { retry: false });
    if (r.status === 200) return t.skip(rule('CurrentAccount.NotSupportPublicImage'), 'the account may use public images: DescribeImages ImageOwnerAlias=system succeeds');
    await t.expectAnswer(rule('CurrentAccount.NotSupportPublicImage'), r);
  });

  e.rest();
});
