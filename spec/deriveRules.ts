import { constraintsOf, parseOnInvalidKey, type ConstraintRef } from './constraints.js';
import { deriveClientRules } from './deriveClientRules.js';
import { describeConstraint } from './describeConstraint.js';
import { SpecError } from './SpecError.js';
import type { Observe, OperationSpec, Rule, Violation } from './types.js';

/** A derived rule and the JSON pointer of the spec text it comes from. */
export interface Located {
  rule: Rule;
  pointer: string;
}

/**
 * The rules an operation spec implies: one per documented error code, one per probed parameter
 * constraint, one for the documented QPS, one for the response schema, the client rules of its
 * parameters (deriveClientRules); then its hand-written rules.
 */
export function deriveRules(spec: OperationSpec, file: string): Located[] {
  const op = `${spec.product}.${spec.operation}`;
  const base = { product: spec.product, operation: op, operations: [op] };
  const rules: Located[] = [];

  spec.errors.forEach((e, i) => {
    rules.push({ pointer: `/errors/${i}`, rule: {
      ...base, id: `${op}.error.${e.code}`, kind: 'error', basis: e.basis, origin: 'error',
      statement: `${e.when} -> ${e.httpStatus} ${e.code}.`, source: e.source,
      observe: { outcome: 'error', httpStatus: e.httpStatus, code: e.code },
      errorCode: e.code, httpStatus: e.httpStatus,
      reachability: e.reachability, reachabilityReason: e.reachabilityReason,
    } });
  });

  spec.parameters.forEach((p, i) => {
    const refs = constraintsOf(p);
    for (const [key, violation] of Object.entries(p.onInvalid ?? {})) {
      const pointer = `/parameters/${i}/onInvalid/${key}`;
      const { constraint, field } = parseOnInvalidKey(key);
      const matched = refs.filter((r) =>
        constraint === '*' ? (field === undefined || r.field === field) && r.constraint !== 'required'
          : r.constraint === constraint && r.field === field);
      if (matched.length === 0) throw new SpecError(file, pointer, `the parameter's schema and probe hints express no constraint '${key}'`);
      for (const ref of matched) {
        // A specific key wins over '*'.
        const specific = p.onInvalid?.[ref.field ? `${ref.constraint}@${ref.field}` : ref.constraint];
        if (constraint === '*' && specific) continue;
        rules.push({ pointer, rule: paramRule(op, base, p.name, ref, specific ?? violation, p.source) });
      }
    }
  });

  const qps = spec.limits?.qps;
  if (qps) {
    rules.push({ pointer: '/limits/qps', rule: {
      ...base, id: `${op}.rate-limit.qps`, kind: 'rate-limit', basis: qps.basis ?? 'documented', origin: 'rate-limit',
      statement: `At most ${qps.calls} calls per ${qps.perSeconds} s per ${qps.scope}; a call beyond that is throttled (a code starting with Throttling), and calls succeed again after the window.`,
      source: qps.source, observe: { outcome: 'error', codePrefix: 'Throttling' },
      limit: { calls: qps.calls, perSeconds: qps.perSeconds, scope: qps.scope }, reachability: 'emulator',
    } });
  }

  rules.push({ pointer: '/response', rule: {
    ...base, id: `${op}.response.schema`, kind: 'response', basis: 'documented', origin: 'response',
    statement: `A successful ${spec.operation} answers HTTP 200 with a JSON body matching the documented response schema (names and types).`,
    source: spec.response.source, observe: { outcome: 'success', httpStatus: 200 }, reachability: 'emulator',
  } });

  rules.push(...deriveClientRules(spec));

  spec.rules.forEach((r, i) => {
    if (!r.id.startsWith(`${op}.`)) throw new SpecError(file, `/rules/${i}/id`, `rule id must start with '${op}.'`);
    rules.push({ pointer: `/rules/${i}`, rule: { ...r, ...base, operations: r.operations ?? [op], reachability: r.reachability ?? 'emulator', origin: 'hand' } });
  });
  return rules;
}

function paramRule(op: string, base: Pick<Rule, 'product' | 'operation' | 'operations'>, param: string,
  ref: ConstraintRef, violation: Violation, paramSource: Rule['source']): Rule {
  const ignored = violation.outcome === 'ignored';
  const observe: Observe = ignored
    ? { outcome: 'success', state: violation.note ?? 'the excess is ignored' }
    : {
      outcome: 'error',
      ...(violation.httpStatus !== undefined && { httpStatus: violation.httpStatus }),
      ...(violation.code !== undefined && { code: violation.code }),
      ...(violation.codes !== undefined && { codes: violation.codes }),
      ...(violation.statusClass !== undefined && { statusClass: violation.statusClass }),
    };
  return {
    ...base,
    id: `${op}.param.${param}${ref.field ? `.${ref.field}` : ''}.${ref.constraint}`,
    kind: 'param', basis: violation.basis, origin: 'param',
    statement: describeConstraint(param, ref, violation),
    source: violation.source ?? paramSource, observe,
    ...(violation.code !== undefined && { errorCode: violation.code }),
    ...(violation.httpStatus !== undefined && { httpStatus: violation.httpStatus }),
    param, ...(ref.field !== undefined && { field: ref.field }), constraint: ref.constraint,
    reachability: 'emulator',
  };
}
