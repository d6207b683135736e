import type { CommandJson } from './WorldCommand.js';

/** The first disagreement of a run between the target and the reference model, and the rules it breaks. */
export class Mismatch extends Error {
  constructor(readonly rules: string[], readonly documented: string, readonly received: string, readonly steps: string[], readonly commands: CommandJson[]) {
    super(`target and model disagree (${rules.join(', ')}): documented ${documented}, received ${received}`);
  }
}
