import fc from 'fast-check';

/** Generates what `arb` generates; shrinks first to null (the step left out), then as `arb` shrinks. */
class Droppable<T> extends fc.Arbitrary<T | null> {
  constructor(private readonly arb: fc.Arbitrary<T>) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T | null> {
    return this.arb.generate(mrng, biasFactor) as fc.Value<T | null>;
  }

  canShrinkWithoutContext(value: unknown): value is T | null {
    return value === null || this.arb.canShrinkWithoutContext(value);
  }

  shrink(value: T | null, context: unknown): fc.Stream<fc.Value<T | null>> {
    if (value === null) return fc.Stream.nil();
    return fc.Stream.of(new fc.Value<T | null>(null, undefined)).join(this.arb.shrink(value, context) as fc.Stream<fc.Value<T | null>>);
  }
}

/**
 * A step of an intention: always generated, and the first thing shrinking tries is to leave it
 * out, so a counterexample keeps only the steps its failure needs.
 */
export const droppable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => new Droppable(arb);
