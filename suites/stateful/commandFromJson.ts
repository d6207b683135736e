import { CreateCustomImageCommand } from './CreateCustomImageCommand.js';
import { CreateEcsImageCommand } from './CreateEcsImageCommand.js';
import { CreateSnapshotCommand } from './CreateSnapshotCommand.js';
import { DeleteCustomImageCommand } from './DeleteCustomImageCommand.js';
import { DeleteCustomImagesCommand } from './DeleteCustomImagesCommand.js';
import { DeleteEcsImageCommand } from './DeleteEcsImageCommand.js';
import { DeleteSnapshotCommand } from './DeleteSnapshotCommand.js';
import { DescribeEcsImageCommand } from './DescribeEcsImageCommand.js';
import { EcsSharePermissionCommand } from './EcsSharePermissionCommand.js';
import { ListCustomImagesCommand } from './ListCustomImagesCommand.js';
import { ListResourcesCommand } from './ListResourcesCommand.js';
import { ModifyEcsImageCommand } from './ModifyEcsImageCommand.js';
import { ShareStatusCommand } from './ShareStatusCommand.js';
import type { CommandJson, WorldCommand } from './WorldCommand.js';

// Every command class by name, as a kept counterexample names it (WorldCommand.toJSON).
const CLASSES: Record<string, new (...args: never[]) => WorldCommand> = {
  CreateCustomImageCommand, CreateEcsImageCommand, CreateSnapshotCommand, DeleteCustomImageCommand, DeleteCustomImagesCommand,
  DeleteEcsImageCommand, DeleteSnapshotCommand, DescribeEcsImageCommand, EcsSharePermissionCommand, ListCustomImagesCommand,
  ListResourcesCommand, ModifyEcsImageCommand, ShareStatusCommand,
};

/** The command a `{ command, args }` entry describes; `where` names the entry in the error. */
export function commandFromJson(json: CommandJson, where: string): WorldCommand {
  const Class = CLASSES[json.command];
  if (!Class || !Array.isArray(json.args)) {
    throw new Error(`${where}: unknown command ${JSON.stringify(json.command)} (expected one of ${Object.keys(CLASSES).join(', ')} with an args array)`);
  }
  return new Class(...(json.args as never[]));
}
