import type { CallResult } from '../../harness/index.js';

/** An answer in words for a check's "received": `HTTP 400 ImageNameAlreadyExist`. */
export function answerOf(r: CallResult): string {
  return `HTTP ${r.status}${typeof r.body?.['Code'] === 'string' ? ` ${r.body['Code']}` : ''}`;
}
