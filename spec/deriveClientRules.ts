import { describeSchema } from './describeSchema.js';
import type { Located } from './deriveRules.js';
import type { OperationSpec, Parameter } from './types.js';

/** How a parameter travels on the wire, in words (the list encodings of spec/README.md). */
function wireForm(p: Parameter): string {
  switch (p.style) {
    case 'simple': return `as the one query parameter ${p.name}`;
    case 'jsonArrayString': return `as one query value ${p.name} holding a JSON array literal (${p.name}=["…","…"]), never as ${p.name}.N`;
    case 'repeatList': return `as ${p.wire.join(' and ')} with N counting from 1, never as one value ${p.name}`;
    case 'flat': return `as ${p.wire.join(' and ')}`;
  }
}

/** The name under which the proxy's report and tests know the client rule of one parameter. */
export const clientParamRuleId = (op: Pick<OperationSpec, 'product' | 'operation'>, parameter: string): string =>
  `${op.product}.${op.operation}.client.${parameter}`;

/** The client rule that an operation's calls carry no parameter its page does not list. */
export const documentedOnlyRuleId = (op: Pick<OperationSpec, 'product' | 'operation'>): string =>
  `${op.product}.${op.operation}.client.OnlyDocumentedParameters`;

/**
 * The client rules an operation spec implies, checked by `acs-conformance proxy` on the requests a
 * client sends: one per parameter (sent when required, in its documented wire form, its value
 * meeting its documented schema) and one that no undocumented parameter is sent.
 */
export function deriveClientRules(spec: OperationSpec): Located[] {
  const op = `${spec.product}.${spec.operation}`;
  const base = { product: spec.product, operation: op, operations: [op], kind: 'client' as const, origin: 'client' as const, reachability: 'emulator' as const };
  const rules: Located[] = spec.parameters.map((p, i) => {
    const when = p.required ? ' is sent on every call (required)' : ', when sent, is sent';
    const empty = p.emptyMeansUnchanged ? ' (an empty value, meaning unchanged, is allowed too)' : '';
    return {
      pointer: `/parameters/${i}`,
      rule: {
        ...base, id: clientParamRuleId(spec, p.name), basis: 'documented', param: p.name,
        statement: `${p.name}${when} ${wireForm(p)}; its value is ${describeSchema(p.schema)}${empty}.`,
        source: p.source,
        observe: { outcome: 'request', state: `every ${spec.operation} request that carries ${p.name}${p.required ? ' (all of them)' : ''} is decoded in its style and checked against the parameter's JSON Schema` },
      },
    };
  });
  const names = spec.parameters.map((p) => p.name);
  rules.push({
    pointer: '/parameters',
    rule: {
      ...base, id: documentedOnlyRuleId(spec), basis: 'inferred',
      statement: `A ${spec.operation} call carries only the documented parameters (${names.join(', ')}) besides the common signature parameters. Inferred: the page lists the parameters; it does not say that others are refused.`,
      source: { doc: spec.sources[0] ?? 'doc-response', quote: `The ${spec.operation} page lists the request parameters ${names.join(', ')}.` },
      observe: { outcome: 'request', state: `no ${spec.operation} request carries a wire name whose first segment is none of the documented parameters` },
    },
  });
  return rules;
}
