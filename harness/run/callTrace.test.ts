import { describe, expect, it } from 'vitest';
import { parseStep, traceCall, traceMark, tracePoll, traceSettle, traceShared, traceSince, traceWindow } from './callTrace.js';

describe('callTrace', () => {
  it('counts equal steps instead of repeating them, and a mark splits a step still being counted', () => {
    traceCall('swas.ListInstances', { paced: true, created: false });
    const mark = traceMark();
    traceCall('swas.ListInstances', { paced: true, created: false });
    traceCall('swas.CreateCustomImage', { paced: true, created: true });
    traceSettle();
    traceCall('swas.ListInstances', { paced: false, created: false, perSuite: true });
    expect(traceSince(mark)).toEqual([['swas.ListInstances', 1], ['swas.CreateCustomImage+', 1], ['settle', 1], ['swas.ListInstances!^', 1]]);
    expect(parseStep('swas.ListInstances!^')).toEqual({ kind: 'call', op: 'swas.ListInstances', paced: false, created: false, perSuite: true, perBlock: false, poll: false });
    expect(parseStep('window:66000')).toEqual({ kind: 'window', ms: 66_000 });
  });

  it('marks the calls of a poll, and only those', async () => {
    const mark = traceMark();
    traceCall('ecs.DescribeImages', { paced: true, created: false });
    await tracePoll(async () => {
      await Promise.resolve();
      traceCall('ecs.DescribeImages', { paced: true, created: false });
    });
    traceCall('ecs.DescribeImages', { paced: true, created: false });
    expect(traceSince(mark)).toEqual([['ecs.DescribeImages', 1], ['ecs.DescribeImages?', 1], ['ecs.DescribeImages', 1]]);
    expect(parseStep('ecs.DescribeImages?')).toMatchObject({ op: 'ecs.DescribeImages', poll: true });
  });

  it("marks the calls and waits of what a describe block's tests share, and only those", async () => {
    const mark = traceMark();
    await traceShared(async () => {
      await Promise.resolve();
      traceCall('ecs.CreateImage', { paced: true, created: true });
      traceSettle();
      await tracePoll(async () => traceCall('ecs.DescribeImages', { paced: true, created: false }));
    });
    traceCall('ecs.CreateImage', { paced: true, created: true });
    traceSettle();
    expect(traceSince(mark)).toEqual([['ecs.CreateImage+*', 1], ['settle*', 1], ['ecs.DescribeImages*?', 1], ['ecs.CreateImage+', 1], ['settle', 1]]);
    expect(parseStep('ecs.DescribeImages*?')).toMatchObject({ op: 'ecs.DescribeImages', perSuite: false, perBlock: true, poll: true });
    expect(parseStep('settle*')).toEqual({ kind: 'settle', perBlock: true });
    expect(parseStep('settle')).toEqual({ kind: 'settle', perBlock: false });
  });

  it('counts windows that overlap once, in documented ms, never more than the cap', () => {
    const mark = traceMark();
    // Two checks side by side each wait 0.66 s at time scale 0.01 (a 66 s window), started 0.1 s apart.
    traceWindow(1_000_000, 660, 0.01, 66_000);
    traceWindow(1_000_100, 660, 0.01, 66_000);
    // A wait of mostly machine margin at a tiny scale counts as the cap at most.
    traceWindow(2_000_000, 50, 0.0001, 66_000);
    expect(traceSince(mark)).toEqual([['window:66000', 1], ['window:10000', 1], ['window:66000', 1]]);
  });
});
