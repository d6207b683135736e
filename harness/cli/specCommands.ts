import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getSpec, toOpenApi, type Rule } from '../../spec/index.js';
import { ToolError, UsageError } from '../errors/ToolError.js';
import { parseCommand } from './parseCommand.js';

const expectText = (r: Rule): string => {
  const o = r.observe;
  if (o.outcome !== 'error') return o.state ? `${o.outcome}: ${o.state}` : o.outcome;
  const code = o.code ?? o.codes?.join('|') ?? (o.codePrefix ? `${o.codePrefix}*` : 'any code');
  return `${o.httpStatus ?? o.statusClass ?? 'error'} ${code}`;
};

/** `spec rules [--json]`: prints the rule catalogue. */
function rules(args: string[]): number {
  const { values } = parseCommand('spec rules', args, { json: { type: 'boolean' } });
  const spec = getSpec();
  if (values.json) {
    process.stdout.write(`${JSON.stringify(spec.rules, null, 2)}\n`);
    return 0;
  }
  for (const r of spec.rules) {
    process.stdout.write(`${r.id}\t${r.kind}\t${r.basis}\t${r.reachability}\t${expectText(r)}\n`);
  }
  process.stdout.write(`${spec.rules.length} rules\n`);
  return 0;
}

/** `spec bundle --out DIR`: writes one OpenAPI 3.1 document per product. */
function bundle(args: string[]): number {
  const { values } = parseCommand('spec bundle', args, { out: { type: 'string' } });
  if (!values.out) throw new UsageError('spec bundle: --out DIR is required (the folder to write the OpenAPI documents to)');
  const spec = getSpec();
  mkdirSync(values.out, { recursive: true });
  for (const product of ['swas', 'ecs'] as const) {
    const file = join(values.out, `${product}.openapi.json`);
    if (existsSync(file) && !readFileSync(file, 'utf8').includes('"x-acs-rpc-convention"')) {
      throw new ToolError(`spec bundle: ${file} exists and was not written by this tool; refusing to overwrite it`);
    }
    writeFileSync(file, `${JSON.stringify(toOpenApi(spec, product), null, 2)}\n`);
    process.stdout.write(`wrote ${file}\n`);
  }
  return 0;
}

/** `spec check`: loads and checks every spec file, then prints what the catalogue holds. */
function check(args: string[]): number {
  parseCommand('spec check', args, {});
  const spec = getSpec();
  const kinds = new Map<string, number>();
  for (const r of spec.rules) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  process.stdout.write(`spec ok: ${spec.operations.length} operations, ${spec.rules.length} rules (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})\n`);
  return 0;
}

export const specCommands: Record<string, (args: string[]) => number> = { rules, bundle, check };
