import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getSpec } from '../../spec/index.js';
import { Client } from '../client/Client.js';
import { TransportError } from '../client/send.js';
import { ToolError, UsageError } from '../errors/ToolError.js';
import { readCase } from '../replay/readCase.js';
import { isRefusalRule } from '../effects/refusalRules.js';
import { replayRefusal } from '../effects/replayRefusal.js';
import { ReplayIds } from '../replay/ReplayIds.js';
import { replaySteps } from '../replay/replaySteps.js';
import { replayVerdict } from '../replay/replayVerdict.js';
import { setupSteps } from '../replay/setupSteps.js';
import { newRunId } from '../run/newRunId.js';
import { cleanupResources } from '../safety/cleanupResources.js';
import { Ledger } from '../safety/Ledger.js';
import { resolveCredentials } from '../targets/resolveCredentials.js';
import { regionEndpoints } from '../targets/regionEndpoints.js';
import { resolveTarget } from '../targets/resolveTarget.js';
import { isThrottled } from '../verdicts/judgeAnswer.js';
import { parseCommand } from './parseCommand.js';

/**
 * `replay CASE [--target T] [--profile FILE]`: re-creates the failing request's setup (the case's
 * steps, new ids in place of the recorded ones, polls waited out again), re-sends the failing
 * request and judges it: `passes now` (exit 0), `still fails` or `fails differently` (exit 1).
 * Setup that cannot be re-created is a tool-side outcome (exit 2). What it created is deleted.
 */
export async function replayCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand('replay', args, { target: { type: 'string' }, profile: { type: 'string' } }, 1);
  const file = positionals[0];
  if (!file) throw new UsageError('replay: the case file is required (reports/<runId>/cases/<rule>.json)');
  const kase = readCase(file);
  const spec = getSpec();
  const rule = spec.rules.find((r) => r.id === kase.ruleId);
  if (!rule) throw new ToolError(`replay: rule ${kase.ruleId} is not in this version's catalogue`);
  if (rule.kind === 'client') throw new ToolError(`replay: ${rule.id} is a client rule, judged from a client's traffic; run the client through acs-conformance proxy again (its requests are in the run's exchanges.har)`);
  const recorded = kase.target?.label;
  const targetArg = values.target ?? (recorded && /^https?:/.test(recorded) ? recorded : 'emulator');
  // On the bundled emulator or mock, the deviations the failing run had are switched on again.
  const deviations = /^(emulator|mock)$/.test(targetArg) ? kase.deviations ?? [] : [];
  // A stateful failure is a command sequence over fresh resources: it is re-run, not re-sent.
  if (kase.seed !== undefined && kase.path) {
    process.stdout.write(`${rule.id}: re-running the stateful counterexample (seed ${kase.seed}, path ${kase.path}) on ${targetArg}\n`);
    const { runCommand } = await import('../run/runCommand.js');
    return runCommand(['--suite', 'stateful', '--seed', String(kase.seed), '--replay-path', kase.path, '--target', targetArg,
      ...(values.profile ? ['--profile', values.profile] : []), ...deviations.flatMap((d) => ['--deviation', d])]);
  }
  const target = await resolveTarget(spec, targetArg, values.profile, deviations);
  const runId = newRunId();
  const dir = mkdtempSync(join(tmpdir(), 'acs-replay-'));
  const ledger = new Ledger(join(dir, 'ledger.jsonl'));
  let client: Client | undefined;
  try {
    const p = target.profile;
    const peer = p.peer ? await resolveCredentials(p.peer.credentials) : undefined;
    client = new Client({ spec, endpoints: p.endpoints, region: p.region, accounts: { main: await resolveCredentials(p.credentials), ...(peer && { peer }) }, regionEndpoints: regionEndpoints(spec, p, target.kind), pacing: p.rateLimits?.enforced ?? true, timeScale: p.rateLimits?.timeScale ?? 1, runId, ledger, allowUnknownActions: target.kind !== 'cloud' });
    // A case from before setup steps were recorded re-sends its exchanges as they are.
    const steps = kase.setup ?? setupSteps(spec, kase.exchanges, () => ({ retry: false }));
    const ids = new ReplayIds(runId);
    if (isRefusalRule(rule.id)) {
      // A refusal's side effect is judged by watching it again, not by re-sending the read that saw it.
      const v = await replayRefusal(client, spec, p, rule, steps, ids, p.polling ?? { intervalMs: 1000, settleTimeoutMs: 120_000 }, runId, target.label)
        .catch((e: unknown) => { throw e instanceof TransportError ? new ToolError(`replay: ${target.label}: ${e.message}`) : e; });
      process.stdout.write(`${v.line}\n`);
      return v.code;
    }
    const answer = await replaySteps(client, steps, ids, p.polling ?? { intervalMs: 1000, settleTimeoutMs: 120_000 }).catch((e: unknown) => {
      throw e instanceof TransportError ? new ToolError(`replay: ${target.label}: ${e.message}`) : e;
    });
    const replaced = [...ids.replaced].map(([a, b]) => `; ${a} is ${b} now`);
    if (steps.length > 1) process.stdout.write(`setup: ${steps.length - 1} steps re-sent${replaced.slice(0, 3).join('')}${replaced.length > 3 ? ` (and ${replaced.length - 3} more ids)` : ''}\n`);
    if (isThrottled(answer) && rule.kind !== 'rate-limit') throw new ToolError(`replay: the failing request was throttled (HTTP ${answer.status}); not a verdict, try again later`);
    const v = replayVerdict(rule, kase.exchanges.at(-1)!, answer, target.label);
    process.stdout.write(`${v.line}\n`);
    return v.code;
  } finally {
    // What the replay created is deleted, also after an error; the ledger stays only if something is left.
    try {
      const left = client ? (await cleanupResources(client, ledger.live())).left : [];
      if (left.length) process.stderr.write(`cleanup: ${left.length} resources left (${left.map((l) => `${l.id}: ${l.reason}`).join('; ')}); run acs-conformance cleanup --ledger ${ledger.path}\n`);
      else rmSync(dir, { recursive: true, force: true });
    } finally {
      await target.stop();
    }
  }
}
