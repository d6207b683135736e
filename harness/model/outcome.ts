/** What the model answers to one request: a success body or a documented error, with its rules. */
export type Outcome =
  | { kind: 'ok'; body: Record<string, unknown>; rules: string[] }
  | { kind: 'error'; httpStatus: number; code: string; message: string; rules: string[] };

export const ok = (body: Record<string, unknown>, ...rules: string[]): Outcome => ({ kind: 'ok', body, rules });

export const isError = (o: Outcome): o is Extract<Outcome, { kind: 'error' }> => o.kind === 'error';
