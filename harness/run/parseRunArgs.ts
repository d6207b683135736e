import { availableParallelism } from 'node:os';
import { UsageError } from '../errors/ToolError.js';
import { parseCommand } from '../cli/parseCommand.js';

export interface RunArgs {
  target: string;
  profile?: string;
  suites: string[];
  seed: number;
  runs: number;
  reportDir: string;
  baseline?: string;
  updateBaseline: boolean;
  shard?: { index: number; count: number };
  allowMutations: boolean;
  deviations: string[];
  rateLimitTests: boolean;
  /** Run only the tests that check these rule ids. */
  rules: string[];
  /** Re-run one stateful counterexample (with --seed): its fast-check path, or fixture:NAME. */
  replayPath?: string;
  /** The bundled emulator's or mock's starting world (0: the default seed). */
  worldSeed?: number;
  /** Suites run side by side on the bundled emulator (each on its own) or the mock. */
  jobs: number;
  /** Print what the run would call, create and check, and call nothing (`--json`: as JSON). */
  plan: boolean;
  json: boolean;
  /** Documented-rate minutes and resources created the run may spend: it chooses what to check so that it fits. */
  budgetMinutes?: number;
  maxCreates?: number;
  /** The report folder of an earlier run: check only what it did not, and write one merged report. */
  resume?: string;
}

const int = (flag: string, text: string | undefined, fallback: number, min: number): number => {
  if (text === undefined) return fallback;
  if (!/^[0-9]+$/.test(text) || Number(text) < min) throw new UsageError(`run: ${flag} '${text}' is not valid (expected an integer >= ${min})`);
  return Number(text);
};

/** Parses and checks the flags of `acs-conformance run`. */
export function parseRunArgs(args: string[]): RunArgs {
  const { values } = parseCommand('run', args, {
    target: { type: 'string' }, profile: { type: 'string' }, suite: { type: 'string', multiple: true }, seed: { type: 'string' },
    runs: { type: 'string' }, 'report-dir': { type: 'string' }, baseline: { type: 'string' }, 'update-baseline': { type: 'boolean' },
    shard: { type: 'string' }, 'allow-mutations': { type: 'boolean' }, deviation: { type: 'string', multiple: true },
    'rate-limit-tests': { type: 'boolean' }, rule: { type: 'string', multiple: true },
    'replay-path': { type: 'string' }, 'world-seed': { type: 'string' }, jobs: { type: 'string' },
    plan: { type: 'boolean' }, json: { type: 'boolean' }, resume: { type: 'string' },
    'budget-minutes': { type: 'string' }, 'max-creates': { type: 'string' },
  });
  if (values.json && !values.plan) throw new UsageError('run: --json is for --plan (the run itself writes report.json)');
  const budget = values['budget-minutes'];
  if (budget !== undefined && !(/^[0-9]+(\.[0-9]+)?$/.test(budget) && Number(budget) > 0)) {
    throw new UsageError(`run: --budget-minutes '${budget}' is not valid (expected a number of documented-rate minutes > 0, such as 20 or 0.5)`);
  }
  const limited = budget !== undefined || values['max-creates'] !== undefined;
  if (limited && values.shard !== undefined) throw new UsageError('run: --budget-minutes and --max-creates are for one run, not for --shard (shards split a full run; give each a budget of its own by running it alone)');
  if (limited && values['replay-path'] !== undefined) throw new UsageError('run: --replay-path re-runs one counterexample; it takes no budget');
  if (values.resume !== undefined) {
    const taken = ['suite', 'seed', 'runs', 'deviation', 'world-seed', 'replay-path', 'shard', 'rule'].filter((f) => values[f as keyof typeof values] !== undefined);
    if (taken.length) throw new UsageError(`run: --resume takes --${taken[0]} from the run it resumes (expected --resume DIR with --target, --profile, --report-dir, a budget and the flags that allow things only)`);
  }
  const replayPath = values['replay-path'];
  if (replayPath !== undefined && !/^(fixture:[A-Za-z0-9._-]+|[0-9]+(:[0-9]+)*(@[A-Za-z0-9+/=:]*)?)$/.test(replayPath)) {
    throw new UsageError(`run: --replay-path '${replayPath}' is not valid (expected a fast-check path like 3:1:0@AB:c or fixture:NAME, from a stateful failure)`);
  }
  if (replayPath !== undefined && !replayPath.startsWith('fixture:') && values.seed === undefined) {
    throw new UsageError('run: --replay-path needs the --seed of the run that found it');
  }
  let shard: RunArgs['shard'];
  if (values.shard !== undefined) {
    const m = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(values.shard);
    if (!m || Number(m[1]) > Number(m[2])) throw new UsageError(`run: --shard '${values.shard}' is not valid (expected i/n with 1 <= i <= n)`);
    shard = { index: Number(m[1]), count: Number(m[2]) };
  }
  if (values['update-baseline'] && !values.baseline) throw new UsageError('run: --update-baseline needs --baseline FILE (the file to write)');
  return {
    target: values.target ?? 'emulator', ...(values.profile !== undefined && { profile: values.profile }),
    // A replay path belongs to the stateful suite: it alone runs unless other suites are named.
    suites: values.suite ?? (replayPath !== undefined ? ['stateful'] : []),
    seed: int('--seed', values.seed, Math.floor(Math.random() * 2 ** 31), 0), runs: int('--runs', values.runs, 50, 1),
    reportDir: values['report-dir'] ?? 'reports', ...(values.baseline !== undefined && { baseline: values.baseline }),
    updateBaseline: values['update-baseline'] ?? false, ...(shard && { shard }), allowMutations: values['allow-mutations'] ?? false,
    deviations: values.deviation ?? [], rateLimitTests: values['rate-limit-tests'] ?? false, rules: values.rule ?? [],
    ...(replayPath !== undefined && { replayPath }),
    ...(values['world-seed'] !== undefined && { worldSeed: int('--world-seed', values['world-seed'], 0, 0) }),
    jobs: int('--jobs', values.jobs, Math.max(2, availableParallelism()), 1),
    plan: values.plan ?? false, json: values.json ?? false,
    ...(values.resume !== undefined && { resume: values.resume }),
    ...(budget !== undefined && { budgetMinutes: Number(budget) }),
    ...(values['max-creates'] !== undefined && { maxCreates: int('--max-creates', values['max-creates'], 0, 0) }),
  };
}
