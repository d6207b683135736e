import type { Observe, Rule } from '../../spec/index.js';

export interface Answer { status: number; body: unknown }
export interface Judgement { matches: boolean; documented: string; received: string }

const field = (body: unknown, name: string): unknown => (body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined);

/** The expected answer of a rule in words: `HTTP 400 CustomImageQuotaLimit`. */
export function describeExpected(o: Observe): string {
  if (o.outcome !== 'error') return o.httpStatus ? `HTTP ${o.httpStatus}` : 'success';
  const status = o.httpStatus ?? o.httpStatuses?.join('|') ?? o.statusClass ?? '4xx/5xx';
  const code = o.code ?? o.codes?.join('|') ?? (o.codePrefix ? `${o.codePrefix}*` : 'any code');
  return `HTTP ${status} ${code}`;
}

export function describeAnswer(a: Answer): string {
  const code = field(a.body, 'Code');
  return `HTTP ${a.status}${typeof code === 'string' ? ` ${code}` : a.status >= 400 ? ' (no Code field)' : ''}`;
}

/** Whether an answer is what the rule's `observe` says (status and code; the state is the test's). */
export function judgeAnswer(rule: Pick<Rule, 'observe'>, a: Answer): Judgement {
  const o = rule.observe;
  const documented = describeExpected(o);
  const received = describeAnswer(a);
  if (o.outcome !== 'error') {
    // Every documented success body carries a RequestId (acs.protocol.RequestIdOnSuccess).
    const id = field(a.body, 'RequestId');
    const hasId = typeof id === 'string' && id.length > 0;
    return { matches: a.status === (o.httpStatus ?? 200) && hasId, documented: `${documented} with a RequestId`, received: hasId ? received : `${received} without RequestId` };
  }
  const statusOk = o.httpStatus !== undefined ? a.status === o.httpStatus
    : o.httpStatuses ? o.httpStatuses.includes(a.status)
      : o.statusClass === '4xx' ? a.status >= 400 && a.status < 500 : a.status >= 400;
  const code = field(a.body, 'Code');
  const codeOk = typeof code === 'string' && (o.code !== undefined ? code === o.code
    : o.codes ? o.codes.includes(code) : o.codePrefix ? code.includes(o.codePrefix) : true);
  return { matches: statusOk && codeOk, documented, received };
}

/** A throttling answer: never a conformance failure, except for the rate-limit rules themselves. */
export const isThrottled = (a: Answer): boolean => {
  const code = field(a.body, 'Code');
  return typeof code === 'string' && code.includes('Throttling');
};
