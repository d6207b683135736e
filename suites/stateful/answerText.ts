import type { CallResult, Outcome } from '../../harness/index.js';

/** A target answer in words: `HTTP 400 ImageNameAlreadyExist`, `HTTP 200`. */
export function answerText(r: CallResult): string {
  return `HTTP ${r.status}${typeof r.body?.['Code'] === 'string' ? ` ${r.body['Code']}` : ''}`;
}

/** A model outcome in words, in the same form. */
export function outcomeText(o: Outcome): string {
  return o.kind === 'ok' ? 'HTTP 200' : `HTTP ${o.httpStatus} ${o.code}`;
}

/** Whether the target answered what the model documents: success for success, status and Code for errors. */
export function sameAnswer(o: Outcome, r: CallResult): boolean {
  if (o.kind === 'ok') return r.status === 200;
  return r.status === o.httpStatus && r.body?.['Code'] === o.code;
}
