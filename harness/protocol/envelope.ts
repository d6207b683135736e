import { randomUUID } from 'node:crypto';

/** The JSON error body Alibaba Cloud RPC APIs return with a 4xx/5xx status. */
export interface ErrorEnvelope {
  RequestId: string;
  HostId: string;
  Code: string;
  Message: string;
  Recommend: string;
}

export interface ErrorBodyInput {
  requestId: string;
  /** Endpoint host that answered, e.g. swas.cn-hangzhou.aliyuncs.com. */
  hostId: string;
  code: string;
  message: string;
  /** Product code used in the troubleshooting link, e.g. Ecs or SWAS-OPEN. */
  product: string;
  /** Overrides the generated troubleshooting link. */
  recommend?: string;
}

/** Builds the error envelope; Recommend defaults to the API troubleshooting link. */
export function errorBody(input: ErrorBodyInput): ErrorEnvelope {
  const recommend =
    input.recommend ??
    `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(input.code)}` +
      `&product=${encodeURIComponent(input.product)}&requestId=${encodeURIComponent(input.requestId)}`;
  return {
    RequestId: input.requestId,
    HostId: input.hostId,
    Code: input.code,
    Message: input.message,
    Recommend: recommend,
  };
}

const FIELDS = ['RequestId', 'HostId', 'Code', 'Message', 'Recommend'] as const;

/** True when `x` is an object whose five envelope fields are all non-empty strings. */
export function isErrorEnvelope(x: unknown): x is ErrorEnvelope {
  if (typeof x !== 'object' || x === null) return false;
  const record = x as Record<string, unknown>;
  return FIELDS.every((field) => typeof record[field] === 'string' && record[field] !== '');
}

/** A request id in the upper-case UUID form the services use. */
export function newRequestId(): string {
  return randomUUID().toUpperCase();
}
