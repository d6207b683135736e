/** Parameter and header names whose values are secrets; they never leave the client unredacted. */
const SECRET_PARAMS = new Set(['Signature', 'SecurityToken', 'AccessKeySecret', 'BearerToken']);
const SECRET_HEADERS = new Set(['authorization', 'x-acs-security-token', 'x-acs-bearer-token', 'x-acs-zero-trust-idtoken']);

/** Whether a parameter's value is a secret (redacted wherever it is recorded). */
export const isSecretParam = (name: string): boolean => SECRET_PARAMS.has(name);
/** Whether a header's value is a secret (any case). */
export const isSecretHeader = (name: string): boolean => SECRET_HEADERS.has(name.toLowerCase());
export const REDACTED = '<redacted>';

export function redactParams(params: Iterable<readonly [string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) out[k] = SECRET_PARAMS.has(k) ? REDACTED : v;
  return out;
}

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, SECRET_HEADERS.has(k.toLowerCase()) ? REDACTED : v]));
}

/** Removes every occurrence of the given secrets from a text (last line of defence for messages). */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join(REDACTED);
  return out;
}
