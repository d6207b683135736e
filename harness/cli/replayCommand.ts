import { readFileSync } from 'node:fs';
import { getSpec } from '../../spec/index.js';
import { Client } from '../client/Client.js';
import { ToolError, UsageError } from '../errors/ToolError.js';
import { resolveCredentials } from '../targets/resolveCredentials.js';
import { resolveTarget } from '../targets/resolveTarget.js';
import { judgeAnswer } from '../verdicts/judgeAnswer.js';
import type { Exchange } from '../verdicts/Verdict.js';
import { parseCommand } from './parseCommand.js';

interface CaseFile { ruleId: string; exchanges: Exchange[]; target?: { label?: string }; seed?: number; path?: string; deviations?: string[] }

function readCase(path: string): CaseFile {
  let doc: unknown;
  try { doc = JSON.parse(readFileSync(path, 'utf8')); } catch (e) { throw new ToolError(`replay: cannot read case ${path} (${(e as Error).message}); expected a case file from reports/<runId>/cases/`); }
  const c = doc as Partial<CaseFile>;
  if (typeof c.ruleId !== 'string' || !Array.isArray(c.exchanges) || c.exchanges.length === 0) throw new ToolError(`replay: ${path} is not a case file (expected ruleId and exchanges)`);
  return c as CaseFile;
}

/**
 * `replay CASE [--target T] [--profile FILE]`: re-sends the case's requests in order, freshly signed,
 * and judges the last answer against the rule again. Exit 1 if it still fails, 0 if it passes now.
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
  try {
    const p = target.profile;
    const client = new Client({ spec, endpoints: p.endpoints, region: p.region, accounts: { main: await resolveCredentials(p.credentials) }, pacing: p.rateLimits?.enforced ?? true, timeScale: p.rateLimits?.timeScale ?? 1, allowUnknownActions: target.kind !== 'cloud' });
    let last;
    for (const e of kase.exchanges) {
      last = await client.call(e.product as 'swas' | 'ecs', e.action, e.params, { signature: e.signature === 'v2' ? 'v2' : 'v3', retry: false });
    }
    const j = judgeAnswer(rule, last!);
    process.stdout.write(`${rule.id} on ${target.label}: ${j.matches ? 'passes now' : 'still fails'} (documented ${j.documented}, received ${j.received})\n`);
    if (kase.seed !== undefined) process.stdout.write(`property run: seed ${kase.seed}, path ${kase.path ?? ''}\n`);
    return j.matches ? 0 : 1;
  } finally {
    await target.stop();
  }
}
