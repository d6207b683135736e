import { describe, expect, it } from 'vitest';
import { getSpec } from '../../spec/index.js';
import { costMs, RateClock } from './RateClock.js';

const spec = getSpec();
const SETTLE = 30_000;
const POLL = 8_000;
const clock = () => new RateClock(spec, { settleMs: (op) => (op === 'swas.CreateCustomImage' ? SETTLE : 0), pollMs: POLL });
// SWAS allows 10 calls per 60 s per operation; the pacer waits 5 % of the window more.
const WINDOW = 60_000 * 1.05;

describe('RateClock (documented-rate time)', () => {
  it('lets 10 SWAS calls of one operation through at once and paces the 11th to the next window', () => {
    const c = clock();
    expect(costMs(c.play([['swas.ListInstances', 10]]))).toBe(0);
    expect(c.play([['swas.ListInstances', 1]]).pacingMs).toBe(WINDOW);
    // 25 calls: two waits of a window each.
    expect(clock().play([['swas.ListInstances', 25]]).pacingMs).toBe(2 * WINDOW);
  });

  it('paces each operation on its own window, and operations without a documented limit not at all', () => {
    expect(clock().play([['swas.ListInstances', 10], ['swas.ListDisks', 10], ['ecs.DescribeImages', 500]]).pacingMs).toBe(0);
  });

  it('counts a burst past the pacer as filling the window, and the window a test lets pass', () => {
    const c = clock();
    const burst = c.play([['swas.ListInstances!', 11], ['window:66000', 1]]);
    expect(burst.pacingMs).toBe(0);
    expect(burst.windowsMs).toBe(66_000);
    // The window has passed: the next paced call goes at once.
    expect(c.play([['swas.ListInstances', 1]]).pacingMs).toBe(0);
  });

  it('waits where a test polls until what it created is usable, not before and only once', () => {
    const c = clock();
    const made = c.play([['swas.CreateCustomImage+', 2], ['settle', 1], ['swas.ListCustomImages', 1], ['settle', 1], ['swas.ListCustomImages', 1]]);
    // Polls back off from 0.5 s: 0.5, 1.5, 3.5, 7.5, 15.5, 23.5, 31.5 s: the image is usable at 30 s.
    expect(made.settleMs).toBe(31_500);
    expect(made.polls).toBe(7);
    expect(made.calls['swas.ListCustomImages']).toBe(2 + 7);
    expect(made.creates).toEqual({ 'swas.CreateCustomImage': 2 });
    // A create nothing waits for costs no settle time (a refusal probe accepted and deleted at once).
    expect(clock().play([['swas.CreateCustomImage+', 1], ['swas.DeleteCustomImages', 1]]).settleMs).toBe(0);
  });

  it('models the polls of the target, not the ones the recording made', () => {
    const recorded = clock().play([['swas.CreateCustomImage+', 1], ['settle', 1], ['swas.ListCustomImages', 1], ['swas.ListCustomImages?', 40]]);
    const none = clock().play([['swas.CreateCustomImage+', 1], ['settle', 1], ['swas.ListCustomImages', 1]]);
    expect(recorded).toEqual(none);
    // Nothing to wait for: the first read is all.
    expect(clock().play([['settle', 1], ['swas.ListCustomImages', 1], ['swas.ListCustomImages?', 3]]).calls).toEqual({ 'swas.ListCustomImages': 1 });
  });

  it('plays only the first calls of a trace when asked (fewer property runs)', () => {
    const c = clock().play([['swas.ListInstances', 30], ['ecs.DescribeImages', 5]], 12);
    expect(c.calls).toEqual({ 'swas.ListInstances': 12 });
    expect(c.pacingMs).toBe(WINDOW);
  });
});
