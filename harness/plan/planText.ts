import type { Plan, PlanFigures } from './buildPlan.js';

const list = (r: Record<string, number>) => Object.entries(r).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
const mins = (f: PlanFigures) => `${f.minutes} min (rates ${f.pacingMinutes}, windows ${f.windowMinutes}, settling ${f.settleMinutes})`;
const left = (f: PlanFigures) => Object.entries(f.rules.leftOut).map(([why, n]) => `${n} ${why}`).join('; ');

function block(name: string, f: PlanFigures): string[] {
  const tests = f.runs === f.tests ? `${f.tests} tests` : `${f.runs} of ${f.tests} tests`;
  return [
    `${name}: ${tests}${f.once ? ` (${f.once} checking each rule once)` : ''}, ${f.callCount} calls${f.polls ? ` (${f.polls} of them polls)` : ''}, ${mins(f)}`,
    `  calls: ${list(f.calls)}`,
    `  creates: ${list(f.creates)}`,
    `  rules: ${f.rules.checked} checked${f.rules.elsewhere ? `, ${f.rules.elsewhere} checked by other suites` : ''}${left(f) ? `, left out: ${left(f)}` : ''}`,
  ];
}

/** `run --plan` for people: per suite and in total, what the run would call, create and check, and for how long. */
export function planText(plan: Plan): string {
  const c = plan.coverage;
  const budget = plan.budget ? [plan.budget.minutes !== undefined && `${plan.budget.minutes} documented-rate minutes`, plan.budget.maxCreates !== undefined && `${plan.budget.maxCreates} creates`].filter(Boolean).join(' and ') : 'none';
  return [
    `plan: target ${plan.target.label} (profile ${plan.target.profile}), budget ${budget}, ${plan.runs} runs per property; nothing is called`,
    `documented-rate time: the calls at the documented rates (one account, calls themselves take no time), the windows tests let pass, and creates settling (${list(plan.createTimes)} ms each, profile createTimes)`,
    '',
    ...plan.suites.flatMap((s) => block(s.suite, s)),
    '',
    ...block('total', plan.total),
    `coverage: ${c.rules.checked}/${c.rules.of} rules reachable here, central error codes ${c.centralErrorCodes.checked}/${c.centralErrorCodes.of}, quota rules ${c.quotaRules.checked}/${c.quotaRules.of}`,
    ...(plan.unrecorded.length ? [`no recorded figures (npx tsx tools/recordPlan.ts --suite NAME): ${plan.unrecorded.join(', ')}`] : []),
    ...(plan.estimated.length ? [`figures borrowed from the suite's median test (the recording could not reach their rules): ${plan.estimated.length} tests`] : []),
    '',
  ].join('\n');
}
