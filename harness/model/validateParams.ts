import { constraintsOf, type ConstraintRef, type OperationSpec, type Parameter, type Violation } from '../../spec/index.js';
import { breaks } from './checkConstraint.js';
import { decodeParams, type Values } from './decodeParams.js';
import type { Outcome } from './outcome.js';

export const paramRuleId = (op: OperationSpec, p: Parameter, ref: ConstraintRef): string =>
  `${op.product}.${op.operation}.param.${p.name}${ref.field ? `.${ref.field}` : ''}.${ref.constraint}`;

const refsCache = new WeakMap<Parameter, ConstraintRef[]>();
const refsOf = (p: Parameter) => {
  let refs = refsCache.get(p);
  if (!refs) refsCache.set(p, (refs = constraintsOf(p)));
  return refs;
};

function violationOf(p: Parameter, ref: ConstraintRef): Violation | undefined {
  const specific = p.onInvalid?.[ref.field ? `${ref.constraint}@${ref.field}` : ref.constraint];
  if (specific || ref.constraint === 'required') return specific;
  return p.onInvalid?.[ref.field ? `*@${ref.field}` : '*'] ?? p.onInvalid?.['*'];
}

function reject(op: OperationSpec, p: Parameter, ref: ConstraintRef, v: Violation | undefined): Outcome {
  const missing = ref.constraint === 'required';
  // Without a code of its own, a malformed value gets the operation's documented catch-all code
  // (SWAS ListSnapshots documents 403 InvalidParam for it), else the gateway's InvalidParameter.
  const generic = op.errors.some((e) => e.code === 'InvalidParam') ? 'InvalidParam' : 'InvalidParameter';
  const code = v?.code ?? v?.codes?.[0] ?? (missing ? `Missing${p.name}` : generic);
  const documented = op.errors.find((e) => e.code === code);
  const message = documented?.message
    ?? (missing ? `${p.name} is mandatory for this action.` : `The specified parameter "${p.name}" is not valid.`);
  const rules = v ? [paramRuleId(op, p, ref)] : [];
  if (documented) rules.push(`${op.product}.${op.operation}.error.${code}`);
  if (missing) rules.push('acs.protocol.MissingParameter');
  return { kind: 'error', httpStatus: v?.httpStatus ?? documented?.httpStatus ?? 400, code, message, rules };
}

/**
 * Decodes and checks the parameters of one call against the spec: first every required parameter,
 * then every other constraint in spec order. The first broken constraint decides the error; a
 * constraint whose documented outcome is `ignored` (accounts beyond the 10th) trims the value.
 * `skip` holds parameter rule ids not to check (the deviation catalogue switches checks off).
 */
export function validateParams(op: OperationSpec, wire: Record<string, string>, skip: ReadonlySet<string> = new Set()):
  { values: Values; error?: Outcome } {
  const { values, violations } = decodeParams(op, wire);
  for (const p of op.parameters) {
    const ref = refsOf(p).find((r) => r.constraint === 'required');
    const value = values[p.name];
    if (ref && (value === undefined || value === '') && !skip.has(paramRuleId(op, p, ref))) {
      return { values, error: reject(op, p, ref, violationOf(p, ref)) };
    }
  }
  for (const p of op.parameters) {
    const value = values[p.name];
    if (value === undefined || (p.emptyMeansUnchanged && value === '')) continue;
    for (const ref of refsOf(p)) {
      if (ref.constraint === 'required' || skip.has(paramRuleId(op, p, ref))) continue;
      let broken: boolean;
      if (ref.constraint === 'type' || ref.constraint === 'jsonArray') broken = violations.some((v) => v.param === p.name && v.constraint === ref.constraint);
      else if (ref.field) {
        const items = (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
        broken = items.some((item) => item && typeof item === 'object' && item[ref.field!] !== undefined && breaks(ref, item[ref.field!]));
      } else broken = breaks(ref, value);
      if (!broken) continue;
      const v = violationOf(p, ref);
      if (v?.outcome === 'ignored') {
        if (ref.constraint === 'maxItems' && Array.isArray(value)) values[p.name] = value.slice(0, Number((ref.schema as { maxItems?: number }).maxItems));
        continue;
      }
      return { values, error: reject(op, p, ref, v) };
    }
  }
  return { values };
}
