import { randomUUID } from 'node:crypto';
import { runPrefix } from '../safety/sweepEntries.js';

const RUN_NAME = /\bacsc[0-9a-f]{6}-/g;
const RUN_ID = /\b\d{8}T\d{6}Z-[0-9a-f]{6}\b/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a replay puts in place of recorded values: the ids the target answered now for the ids the
 * recording created (in every later request, also inside JSON-array strings such as
 * ImageIds='["m-…"]' and in list parameters), this replay's run prefix in names and its run id in
 * tags (so cleanup and sweeps find what it made), and a fresh ClientToken for each recorded one
 * (the same recorded token gets the same new one, so an idempotence setup stays one).
 */
export class ReplayIds {
  private readonly ids = new Map<string, string>();
  private readonly tokens = new Map<string, string>();
  private pattern: RegExp | undefined;

  constructor(private readonly runId: string) {}

  /** The target answered `now` where the recording had `recorded`. */
  replace(recorded: string, now: string): void {
    if (recorded === now) return;
    this.ids.set(recorded, now);
    // Longest first, so an id that contains another one is replaced whole.
    this.pattern = new RegExp([...this.ids.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
  }

  get replaced(): ReadonlyMap<string, string> { return this.ids; }

  /** A recorded id as the target knows it now. */
  id(recorded: string): string { return this.ids.get(recorded) ?? recorded; }

  /** A recorded request's parameters, with everything above put in place. */
  params(recorded: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(recorded)) {
      if (k === 'ClientToken') {
        if (!this.tokens.has(v)) this.tokens.set(v, randomUUID());
        out[k] = this.tokens.get(v)!;
        continue;
      }
      const ids = this.pattern ? v.replace(this.pattern, (m) => this.ids.get(m)!) : v;
      out[k] = ids.replace(RUN_NAME, `${runPrefix(this.runId)}-`).replace(RUN_ID, this.runId);
    }
    return out;
  }
}
