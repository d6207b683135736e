import type { OpenAPIV3_1 } from 'openapi-types';

/** Types of the spec files (spec/operations/**, spec/rules/*, spec/sources.json) and the catalogue. */

export type Product = 'swas' | 'ecs';
export type RuleProduct = Product | 'acs';
export type RuleKind =
  | 'param' | 'error' | 'quota' | 'rate-limit' | 'state' | 'response' | 'protocol' | 'idempotence' | 'concurrency' | 'client'
  /** Who may see and do what: accounts, regions, keys. */
  | 'isolation';
export type Basis = 'documented' | 'inferred';
export type Reachability = 'emulator' | 'cloud-only' | 'untriggerable';
export type Schema = OpenAPIV3_1.SchemaObject;

export interface SourceRef {
  doc: string;
  quote: string;
  also?: string[];
}

export interface Observe {
  /** `request`: a client rule, judged from the requests a client sends (acs-conformance proxy). */
  outcome: 'error' | 'success' | 'state' | 'request';
  httpStatus?: number;
  httpStatuses?: number[];
  code?: string;
  codes?: string[];
  codePrefix?: string;
  statusClass?: '4xx';
  state?: string;
}

export interface Violation {
  basis: Basis;
  httpStatus?: number;
  code?: string;
  codes?: string[];
  statusClass?: '4xx';
  outcome?: 'error' | 'ignored';
  note?: string;
  source?: SourceRef;
}

export interface ProbeHints {
  charset?: string;
  firstChar?: string;
  forbiddenPrefixes?: string[];
  forbiddenSubstrings?: string[];
  caseVariants?: boolean;
  valid?: string[];
}

export type ParameterStyle = 'simple' | 'repeatList' | 'flat' | 'jsonArrayString';

export interface Parameter {
  name: string;
  required: boolean;
  style: ParameterStyle;
  wire: string[];
  schema: Schema;
  probe?: ProbeHints;
  fields?: Record<string, ProbeHints>;
  emptyMeansUnchanged?: boolean;
  /** A DryRun parameter whose documentation says what a dry run checks before its answer (see the meta-schema). */
  dryRun?: { checks: ('credentials' | 'permissions' | 'required')[]; answer: string };
  description: string;
  source: SourceRef;
  onInvalid?: Record<string, Violation>;
}

export interface ErrorEntry {
  code: string;
  httpStatus: number;
  message: string;
  messageVariants?: string[];
  when: string;
  basis: Basis;
  source: SourceRef;
  reachability: Reachability;
  reachabilityReason: string;
}

export interface QpsLimit {
  calls: number;
  perSeconds: number;
  scope: 'account' | 'account-region' | 'all-users';
  basis?: Basis;
  source: SourceRef;
}

export interface RuleSpec {
  id: string;
  kind: RuleKind;
  basis: Basis;
  statement: string;
  operations?: string[];
  errorCode?: string;
  limit?: Record<string, number | string>;
  source: SourceRef;
  observe: Observe;
  reachability?: Reachability;
  reachabilityReason?: string;
}

export interface OperationSpec {
  product: Product;
  operation: string;
  role: 'central' | 'support';
  summary: string;
  effect: 'create' | 'read' | 'update' | 'delete';
  methods?: ('GET' | 'POST')[];
  sources: string[];
  clientToken?: boolean;
  async?: { resource: string; from: string; to: string; observedBy: string; field?: string };
  limits?: { qps?: QpsLimit };
  parameters: Parameter[];
  response: { schema: Schema; source: SourceRef; notes?: string };
  errors: ErrorEntry[];
  rules: RuleSpec[];
  notes?: string[];
}

export interface SourceDocument {
  id: string;
  title: string;
  url?: string;
  publisher: string;
  date: string;
  kind: 'api-page' | 'user-guide' | 'metadata' | 'sdk' | 'general';
  authority?: number;
  note?: string;
}

/** A rule of the catalogue, hand-written or derived from the operation specs. */
export interface Rule extends RuleSpec {
  product: RuleProduct;
  /** The operation the rule belongs to, `swas.CreateCustomImage`; absent for cross-operation rules. */
  operation?: string;
  operations: string[];
  reachability: Reachability;
  httpStatus?: number;
  param?: string;
  field?: string;
  constraint?: string;
  origin: 'error' | 'param' | 'rate-limit' | 'response' | 'client' | 'hand';
}

export interface ProductInfo {
  code: string;
  version: string;
  endpoints: Record<string, string>;
}

export interface Spec {
  products: Record<Product, ProductInfo>;
  operations: OperationSpec[];
  sources: SourceDocument[];
  rules: Rule[];
}
