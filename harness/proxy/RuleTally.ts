import type { Rule } from '../../spec/index.js';
import type { Exchange, Observation } from '../verdicts/Verdict.js';

/** One judgment of one client rule on the traffic: held (`ok`) or broken, with what was seen. */
export interface Check {
  ruleId: string;
  ok: boolean;
  /** What was received, in words (never a secret). */
  detail: string;
  /** What the rule expects, in words, for a broken check. */
  expected?: string;
  /** Exchanges the judgment rests on (indexes), the first one deciding. */
  exchanges: number[];
  /** The operation whose traffic exercised the rule (`swas.CreateCustomImage`). */
  operation?: string;
}

interface Row { ok: number; broken: number; okDetails: Map<string, number>; firstBroken?: Check; brokenExchanges: number[]; operations: Set<string> }

const MAX_EVIDENCE = 3;
const MAX_DETAILS = 4;

/**
 * Gathers the checks of a traffic into one observation per rule: pass when every check held,
 * else fail (warn for an inferred rule) with the first broken check as evidence and how many
 * broke it. A rule with no check is not in the tally: it stays not-covered.
 */
export class RuleTally {
  private readonly rows = new Map<string, Row>();

  add(check: Check): void {
    let row = this.rows.get(check.ruleId);
    if (!row) this.rows.set(check.ruleId, (row = { ok: 0, broken: 0, okDetails: new Map(), brokenExchanges: [], operations: new Set() }));
    if (check.operation) row.operations.add(check.operation);
    if (check.ok) {
      row.ok++;
      if (row.okDetails.has(check.detail) || row.okDetails.size < MAX_DETAILS) row.okDetails.set(check.detail, (row.okDetails.get(check.detail) ?? 0) + 1);
      return;
    }
    row.broken++;
    row.firstBroken ??= check;
    for (const i of check.exchanges) if (row.brokenExchanges.length < MAX_EVIDENCE && !row.brokenExchanges.includes(i)) row.brokenExchanges.push(i);
  }

  /** Rule ids the traffic of an operation exercised. */
  exercisedBy(operation: string): string[] {
    return [...this.rows].filter(([, row]) => row.operations.has(operation)).map(([id]) => id);
  }

  observations(rules: ReadonlyMap<string, Rule>, exchange: (index: number) => Exchange | undefined): Observation[] {
    const out: Observation[] = [];
    for (const [ruleId, row] of this.rows) {
      const total = row.ok + row.broken;
      const what = `${total} check${total === 1 ? '' : 's'}`;
      if (!row.firstBroken) {
        const details = [...row.okDetails].map(([d, n]) => (row.okDetails.size > 1 ? `${n}× ${d}` : d)).join('; ');
        out.push({ ruleId, verdict: 'pass', reason: `${what} on the traffic, all held${details ? `: ${details}` : ''}` });
        continue;
      }
      const first = row.firstBroken;
      const inferred = rules.get(ruleId)?.basis === 'inferred';
      const exchanges = row.brokenExchanges.map(exchange).filter((e): e is Exchange => e !== undefined);
      out.push({
        ruleId, verdict: inferred ? 'warn' : 'fail',
        reason: `${row.broken} of ${what} broke it; first (exchange #${first.exchanges[0] ?? '?'}): ${first.detail}`,
        ...(first.expected !== undefined && { documented: first.expected }), received: first.detail, exchanges,
      });
    }
    return out;
  }
}
