import type { OpContext } from './OpContext.js';
import type { Outcome } from './outcome.js';

/**
 * The answer to DryRun=true once every check has passed: 400 DryRunOperation, nothing changed.
 * Only DescribeImages documents the code; the other ECS operations list DryRun without saying what
 * it does, and the model answers them the same way (the ECS convention), resting on no rule.
 */
export function ecsDryRun(ctx: OpContext): Outcome {
  if (ctx.op.errors.some((e) => e.code === 'DryRunOperation')) return ctx.fail('DryRunOperation');
  return ctx.failAs('ecs.DescribeImages', 'DryRunOperation');
}
