import { pickAt } from './pickAt.js';
import type { Pick } from './WorldCommand.js';

/** A run's resources by kind (model ids); a kind a product lacks is read as `live`. */
export type Kinds = { live: readonly string[] } & Partial<Record<Exclude<Pick['kind'], 'unknown'>, readonly string[]>>;

const of = (kinds: Kinds, p: Pick) => kinds[p.kind as keyof Kinds] ?? kinds.live;

/** Whether a command with this pick can run: an unknown id always, any other kind when it holds something. */
export const canPick = (kinds: Kinds, p: Pick): boolean => p.kind === 'unknown' || of(kinds, p).length > 0;

/** The picked model id: the pick's index into its kind (wrapping), or `unknownId`. */
export const pickFrom = (kinds: Kinds, p: Pick, unknownId: string): string =>
  (p.kind === 'unknown' ? undefined : pickAt(of(kinds, p), p.index)) ?? unknownId;
