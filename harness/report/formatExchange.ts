import type { Exchange } from '../verdicts/Verdict.js';

const MAX_BODY = 4000;

/**
 * One exchange as plain text for the human-readable reports: the action and its wire parameters
 * (already redacted by the client), then the status and the body (pretty JSON, cut after
 * MAX_BODY characters; report.json keeps all of it).
 */
export function formatExchange(e: Exchange): string {
  const params = Object.entries(e.params).map(([k, v]) => `  ${k}=${v}`);
  let body = typeof e.body === 'string' ? e.body : JSON.stringify(e.body, null, 2) ?? '';
  if (body.length > MAX_BODY) body = `${body.slice(0, MAX_BODY)}\n… (${body.length - MAX_BODY} more characters in report.json)`;
  const took = Number.isFinite(e.endedAt - e.startedAt) ? `, ${Math.max(0, e.endedAt - e.startedAt)} ms` : '';
  return [
    `→ ${e.product} ${e.action} (${e.signature} signature)`,
    ...params,
    `← HTTP ${e.status}${took}`,
    body,
  ].join('\n');
}
