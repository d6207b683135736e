import fc from 'fast-check';

/** As many as a burst can ask for: 16 always reaches the custom-image quota (15 at most). */
const UNTIL_REFUSED = 16;

/** Always generates 16; shrinks as an integer from 1 to 16 does (one first, then halfway up). */
class UntilRefused extends fc.Arbitrary<number> {
  private readonly range = fc.integer({ min: 1, max: UNTIL_REFUSED });

  generate(): fc.Value<number> {
    return new fc.Value(UNTIL_REFUSED, undefined);
  }

  canShrinkWithoutContext(value: unknown): value is number {
    return this.range.canShrinkWithoutContext(value);
  }

  shrink(value: number, context: unknown): fc.Stream<fc.Value<number>> {
    return this.range.shrink(value, context);
  }
}

/**
 * The count of a burst of creates meant to reach the quota (an intention's first step): always
 * until refused, but a failure that needs fewer calls shrinks to the fewest it needs.
 */
export const untilRefused = (): fc.Arbitrary<number> => new UntilRefused();
