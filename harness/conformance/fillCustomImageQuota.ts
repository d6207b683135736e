import type { RuleTest } from './RuleTest.js';

/**
 * Creates custom images until the account holds its documented quota, min(3 x servers, 15),
 * counting the images it held before. Answers the ids it created (all of them, also when it
 * stopped early: the caller deletes them) and whether the quota is now full.
 */
export async function fillCustomImageQuota(t: RuleTest): Promise<{ created: string[]; full: boolean; quota: number }> {
  const quota = await t.fx.imageQuota();
  const listed = await t.call('swas', 'ListCustomImages', { PageSize: 1 });
  const held = Number(listed.body?.['TotalCount']);
  const created: string[] = [];
  if (listed.status !== 200 || !Number.isInteger(held)) return { created, full: false, quota };
  for (let n = held; n < quota; n++) {
    const image = await t.fx.customImage();
    if (!image) return { created, full: false, quota };
    created.push(image.imageId);
  }
  return { created, full: true, quota };
}
