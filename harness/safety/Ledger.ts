import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A resource the suite created: what to delete, and where. */
export interface LedgerEntry {
  runId: string;
  product: 'swas' | 'ecs';
  /** swas.CustomImage, swas.Snapshot, ecs.Image */
  kind: string;
  id: string;
  /** The region the create named (its RegionId): the resource lives there and is deleted there. */
  region: string;
  /** The account that created it (absent in ledgers of older runs: the main account); cleanup deletes as that account. */
  account?: 'main' | 'peer';
  /** Profile endpoint the resource lives behind (an emulator's URL, a cloud endpoint). */
  endpoint: string;
  at: string;
  event: 'created' | 'deleted';
  /** Created by a probe that expected this rule's refusal: the target wrongly accepted it (deleted at once). */
  refusalOf?: string;
}

/**
 * The append-only ledger of created resources (`reports/<runId>/ledger.jsonl`). A creation is
 * written synchronously before the create call returns to the test, so an interrupt cannot lose it.
 */
export class Ledger {
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
  }

  record(entry: Omit<LedgerEntry, 'at'>): void {
    appendFileSync(this.path, `${JSON.stringify({ ...entry, at: new Date().toISOString() })}\n`);
  }

  /** Resources created and not yet recorded as deleted, oldest first. */
  live(): LedgerEntry[] {
    return liveEntries(this.path);
  }
}

export function liveEntries(path: string): LedgerEntry[] {
  if (!existsSync(path)) return [];
  const alive = new Map<string, LedgerEntry>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let e: LedgerEntry;
    try { e = JSON.parse(line) as LedgerEntry; } catch { continue; } // a torn last line after a kill
    const key = `${e.kind}|${e.region}|${e.id}`;
    if (e.event === 'created') alive.set(key, e);
    else alive.delete(key);
  }
  return [...alive.values()];
}

/** How many creates the ledger has recorded (every worker of a run writes the same file). */
export function createdCount(path: string): number {
  return existsSync(path) ? readFileSync(path, 'utf8').split('"event":"created"').length - 1 : 0;
}

/** Ledger entries plus swept ones, each resource once. */
export function mergeEntries(a: LedgerEntry[], b: LedgerEntry[]): LedgerEntry[] {
  const seen = new Set(a.map((e) => `${e.kind}|${e.id}`));
  return [...a, ...b.filter((e) => !seen.has(`${e.kind}|${e.id}`))];
}

/** The first entry of a ledger (its run id and endpoint), if it has one. */
export function firstEntry(path: string): LedgerEntry | undefined {
  if (!existsSync(path)) return undefined;
  const line = readFileSync(path, 'utf8').split('\n').find((l) => l.trim());
  try { return line ? (JSON.parse(line) as LedgerEntry) : undefined; } catch { return undefined; }
}
