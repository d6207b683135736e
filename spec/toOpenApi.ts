import type { OpenAPIV3_1 } from 'openapi-types';
import type { OperationSpec, Parameter, Product, Rule, Schema, Spec } from './types.js';

const ENVELOPE: Schema = {
  type: 'object',
  required: ['RequestId', 'HostId', 'Code', 'Message'],
  properties: {
    RequestId: { type: 'string' }, HostId: { type: 'string' }, Code: { type: 'string' },
    Message: { type: 'string' }, Recommend: { type: 'string' },
  },
};

const ruleRef = (r: Rule) => ({ id: r.id, kind: r.kind, basis: r.basis, statement: r.statement });

/** The OpenAPI form of one parameter: flattened parameters keep their structured schema. */
function toParameter(p: Parameter): OpenAPIV3_1.ParameterObject {
  const schema: Schema = p.style === 'jsonArrayString'
    ? { type: 'string', contentMediaType: 'application/json', contentSchema: p.schema } as Schema
    : p.schema;
  return {
    name: p.name, in: 'query', required: p.required, description: p.description, schema,
    ...(p.style !== 'simple' && { style: 'form', explode: true }),
    ...{ 'x-acs-style': p.style, 'x-acs-wire': p.wire },
  } as OpenAPIV3_1.ParameterObject;
}

function toOperation(op: OperationSpec, version: string, rules: Rule[]): Record<string, unknown> {
  const responses: Record<string, unknown> = {
    200: { description: 'Success', content: { 'application/json': { schema: op.response.schema } } },
  };
  const byStatus = new Map<number, string[]>();
  for (const e of op.errors) byStatus.set(e.httpStatus, [...(byStatus.get(e.httpStatus) ?? []), e.code]);
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: `Error envelope; documented codes: ${codes.join(', ')}`,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
    };
  }
  return {
    operationId: op.operation, summary: op.summary, tags: [op.role],
    parameters: op.parameters.map(toParameter), responses,
    ...{
      'x-acs-action': op.operation, 'x-acs-version': version, 'x-acs-role': op.role, 'x-acs-effect': op.effect,
      'x-acs-errors': op.errors.map(({ code, httpStatus, message, basis, reachability }) => ({ code, httpStatus, message, basis, reachability })),
      'x-acs-limits': op.limits ?? {},
      'x-acs-rules': rules.filter((r) => r.operation === `${op.product}.${op.operation}`).map(ruleRef),
    },
  };
}

/**
 * One OpenAPI 3.1 document for a product. RPC convention (see spec/README.md): each action is the
 * path item `/<Action>` with one `post` operation; on the wire it is `POST /` with the action in the
 * `x-acs-action` header (V3) or the `Action` query parameter (V2), named by `x-acs-action`.
 */
export function toOpenApi(spec: Spec, product: Product): OpenAPIV3_1.Document {
  const info = spec.products[product];
  const ops = spec.operations.filter((o) => o.product === product);
  const paths: Record<string, unknown> = {};
  for (const op of ops) paths[`/${op.operation}`] = { post: toOperation(op, info.version, spec.rules) };
  const endpoints = Object.values(info.endpoints);
  return {
    openapi: '3.1.0',
    info: { title: `${info.code} ${info.version} custom-image operations (acs-image-conformance)`, version: info.version },
    servers: [{ url: 'https://{endpoint}', variables: { endpoint: { default: endpoints[0] ?? '', enum: endpoints } } }],
    paths,
    components: {
      schemas: { ErrorEnvelope: ENVELOPE },
      securitySchemes: {
        acs3: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'ACS3-HMAC-SHA256 signature (V3); V2 signs with the HMAC-SHA1 Signature query parameter instead.' },
      },
    },
    security: [{ acs3: [] }],
    ...{
      'x-acs-product': info.code, 'x-acs-version': info.version, 'x-acs-rpc-convention': 'path /<Action> stands for POST / with x-acs-action: <Action>',
      'x-acs-rules': spec.rules.filter((r) => !r.operation && (r.product === product || r.product === 'acs')).map(ruleRef),
    },
  } as unknown as OpenAPIV3_1.Document;
}
