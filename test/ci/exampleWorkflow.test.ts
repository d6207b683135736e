import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkCommandLine } from '../../harness/cli/checkCommandLine.js';
import { workflowCommands, type WorkflowCommand } from './workflowCommands.js';

// The example workflow of the CI guide cannot rot: every acs-conformance command line in it is
// checked by the parser of its command, and it keeps the parts the guide promises.
const FILE = new URL('../../examples/ci/github-actions.yml', import.meta.url);
const text = readFileSync(FILE, 'utf8');

/** The command lines the CLI's parsers refuse, with their messages. */
function refused(commands: WorkflowCommand[]): string[] {
  const out: string[] = [];
  for (const c of commands) {
    try { checkCommandLine(c.argv); } catch (e) { out.push(`${c.job} / ${c.step}: ${(e as Error).message}`); }
  }
  return out;
}

describe('examples/ci/github-actions.yml', () => {
  const commands = workflowCommands(text);
  const line = (c: WorkflowCommand) => c.argv.join(' ');

  it('is YAML, and every acs-conformance command line in it passes the CLI parser', () => {
    expect(parse(text)).toHaveProperty('jobs');
    // Every mention of the program outside comments is a command line that was checked.
    const mentions = text.split('\n').filter((l) => !l.trim().startsWith('#')).join('\n').match(/npx acs-conformance /g) ?? [];
    expect(commands.length).toBe(mentions.length);
    expect(refused(commands)).toEqual([]);
  });

  it('fails on a command line the CLI would refuse', () => {
    const broken = workflowCommands(text.replace('--budget-minutes 60 --max-creates 40 --baseline', '--budget-minute 60 --max-creates 40 --baseline')
      .replace('report merge shards/*/* --out', 'report merge shards/*/* --output'));
    expect(refused(broken).map((m) => m.split(':')[0])).toEqual(['report / merge the shard reports', 'cloud / conformance against the real cloud']);
  });

  it('has the parts of the guide: a sharded per-commit gate merged into one report, a budgeted nightly cloud gate, the baseline, the job summary, JUnit and an always-run cleanup', () => {
    const doc = parse(text) as { jobs: Record<string, { strategy?: { matrix?: { shard?: number[] } }; if?: string; steps: { uses?: string; run?: string; if?: string; with?: Record<string, string> }[] }> };
    const gate = commands.filter((c) => c.job === 'gate' && c.argv[0] === 'run');
    expect(gate.map(line).join()).toMatch(/--shard 1\/4 .*--baseline /);
    expect(doc.jobs['gate']!.strategy?.matrix?.shard).toEqual([1, 2, 3, 4]);
    expect(commands.some((c) => c.job === 'report' && line(c).startsWith('report merge '))).toBe(true);
    const cloud = commands.filter((c) => c.job === 'cloud' && c.argv[0] === 'run' && !c.argv.includes('--plan'));
    expect(cloud.map(line).join()).toMatch(/--target cloud .*--budget-minutes \d+ .*--baseline /);
    expect(doc.jobs['cloud']!.if).toMatch(/schedule/);
    const steps = Object.values(doc.jobs).flatMap((j) => j.steps);
    expect(steps.some((s) => /summary\.md >> "\$GITHUB_STEP_SUMMARY"/.test(s.run ?? ''))).toBe(true);
    expect(steps.some((s) => /junit\.xml/.test(JSON.stringify(s.with ?? {})))).toBe(true);
    const cleanup = commands.filter((c) => c.argv[0] === 'cleanup' && c.argv.includes('--ledger'));
    expect(cleanup.map((c) => c.if)).toEqual(['always()']);
  });
});
