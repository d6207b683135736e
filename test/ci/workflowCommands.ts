import { parse } from 'yaml';

/** One `acs-conformance` command line of a workflow: where it is, and its arguments after the program name. */
export interface WorkflowCommand { job: string; step: string; if?: string; argv: string[] }

interface Step { name?: string; uses?: string; run?: string; if?: string }
interface Workflow { jobs: Record<string, { steps?: Step[]; if?: string }> }

/** Splits a shell script into simple commands (at newlines, `;`, `&&`, `||`, `|`, `&`) and those into words, quotes removed. */
function shellCommands(script: string): string[][] {
  const out: string[][] = [];
  let words: string[] = [];
  let word: string | undefined;
  const end = () => { if (word !== undefined) words.push(word); word = undefined; };
  const next = () => { end(); if (words.length) out.push(words); words = []; };
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (c === "'" || c === '"') {
      const close = script.indexOf(c, i + 1);
      word = (word ?? '') + script.slice(i + 1, close);
      i = close;
    } else if (c === '\\' && script[i + 1] === '\n') i++;
    else if (c === ' ' || c === '\t') end();
    else if ('\n;&|'.includes(c)) { next(); if (script[i + 1] === c) i++; }
    else if (c === '>' || c === '<') { end(); words.push(c === '>' && script[i + 1] === '>' ? (i++, '>>') : c); }
    else word = (word ?? '') + c;
  }
  next();
  // A redirection and its target are not arguments.
  return out.map((w) => w.filter((x, i) => !['>', '>>', '<'].includes(x) && !['>', '>>', '<'].includes(w[i - 1] ?? '')));
}

/** GitHub's `${{ … }}` expressions with a value they could take (the first shard, a placeholder for the rest). */
const expand = (text: string) => text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_m, e: string) => (e === 'matrix.shard' ? '1' : 'x'));

/** Every `acs-conformance` command line in the `run:` steps of a workflow (YAML text). */
export function workflowCommands(text: string): WorkflowCommand[] {
  const doc = parse(text) as Workflow;
  const out: WorkflowCommand[] = [];
  for (const [job, { steps = [] }] of Object.entries(doc.jobs)) {
    for (const [i, step] of steps.entries()) {
      if (step.run === undefined) continue;
      for (const words of shellCommands(expand(step.run))) {
        const at = words.findIndex((w) => w === 'acs-conformance');
        if (at < 0 || (at > 0 && words[at - 1] !== 'npx')) continue;
        out.push({ job, step: step.name ?? `step ${i + 1}`, ...(step.if !== undefined && { if: step.if }), argv: words.slice(at + 1) });
      }
    }
  }
  return out;
}
