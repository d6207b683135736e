import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { traceMark, traceSince } from '../run/callTrace.js';
import { tracedClient } from './tracedClient.js';

describe('tracedClient', () => {
  it("traces an official client's operation calls, unpaced, a create that answers an id as creating", async () => {
    const raw = {
      createCustomImage: async () => ({ body: { imageId: 'm-1' } }),
      listCustomImages: async () => ({ body: {} }),
      deleteCustomImages: async () => { throw Object.assign(new Error('refused'), { code: 'InvalidImageId.NotFound' }); },
      createCustomImageWithOptions: async () => ({ body: { imageId: 'm-2' } }),
    };
    const c = tracedClient(raw, 'swas', getSpec());
    const mark = traceMark();
    await c.createCustomImage();
    await c.listCustomImages();
    await expect(c.deleteCustomImages()).rejects.toThrow('refused');
    await c.createCustomImageWithOptions();
    expect(traceSince(mark)).toEqual([['swas.CreateCustomImage!+', 1], ['swas.ListCustomImages!', 1], ['swas.DeleteCustomImages!', 1]]);
  });
});
