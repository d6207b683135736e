import type { Rule } from '../../spec/index.js';
import type { Conformance, RuleOptions } from './Conformance.js';
import type { RuleTest } from './RuleTest.js';

/**
 * The error-code rules of some operations, registered through a Conformance so that every one of
 * them reaches the report: `rule` registers a scenario (as `c.rule` does) and notes its ids;
 * `rest` registers every code left without one. Untriggerable codes, and cloud-only codes off the
 * cloud, are skipped by `c.rule` with the catalogue's reason; a cloud-only code on the cloud is
 * skipped naming the state the run cannot reach. An emulator-reachable code without a scenario is
 * a suite bug, as is a group mixing reachabilities (`c.rule` would skip part of it and still run
 * the scenario for the rest).
 */
export class ErrorRules {
  readonly rules: Rule[];
  private readonly handled = new Set<string>();

  constructor(private readonly c: Conformance, readonly operations: string[]) {
    for (const op of operations) {
      if (!c.spec.operations.some((o) => `${o.product}.${o.operation}` === op)) throw new Error(`suite bug: '${op}' is not an operation of the spec`);
    }
    this.rules = c.spec.rules.filter((r) => r.origin === 'error' && r.operation !== undefined && operations.includes(r.operation));
  }

  rule(ids: string | string[], fn: (t: RuleTest) => Promise<void>, options: RuleOptions = {}): void {
    const list = Array.isArray(ids) ? ids : [ids];
    const reach = new Set<string>();
    for (const id of list) {
      const r = this.rules.find((x) => x.id === id);
      if (!r) throw new Error(`suite bug: '${id}' is not an error rule of ${this.operations.join(', ')}`);
      if (this.handled.has(id)) throw new Error(`suite bug: '${id}' has two scenarios`);
      this.handled.add(id);
      reach.add(r.reachability);
    }
    if (reach.size > 1) throw new Error(`suite bug: ${list.join(', ')} mix reachabilities (${[...reach].join(', ')})`);
    this.c.rule(list, fn, options);
  }

  /** Registers the codes no scenario checks; call it last. */
  rest(): void {
    for (const r of this.rules) {
      if (this.handled.has(r.id)) continue;
      if (r.reachability === 'emulator') throw new Error(`suite bug: no scenario for ${r.id}, which any implementation can be driven into`);
      this.c.rule(r.id, async (t) => {
        t.skip(r.id, `no scenario: ${r.reachabilityReason ?? 'the state it needs is outside the operations in scope'}`);
      });
    }
  }
}
