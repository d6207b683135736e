/**
 * A probe needs a state the target's profile cannot give (no usable server, no ECS snapshot, too
 * few share accounts, no room for a snapshot): the rules it would check are skipped with this reason.
 */
export class MissingState extends Error {
  override readonly name = 'MissingState';
}
