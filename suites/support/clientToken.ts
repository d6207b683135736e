import { randomUUID } from 'node:crypto';

/** A fresh ClientToken (ASCII, under the documented 64 characters) that tells which tool sent it. */
export function clientToken(): string {
  return `acsc-${randomUUID()}`;
}
