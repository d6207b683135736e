import { readFileSync } from 'node:fs';
import { ToolError } from '../errors/ToolError.js';
import type { RunConfig } from './RunConfig.js';

/**
 * What the project's own tools ask of a run through the environment, not the command line:
 * `ACS_CHECK_ONCE=1`, every test checks each rule once (tools/recordPlan.ts records the first
 * pass of the plan's figures so); `ACS_SELECTION_FILE=FILE`, the run runs only the tests a
 * budget's plan chose, as it chose them (a JSON selection as RunConfig.selection; the detection
 * matrix runs each deviation's tests as a 20-minute budget would).
 */
export function toolHooks(env: NodeJS.ProcessEnv = process.env): Pick<RunConfig, 'checkOnce' | 'selection'> {
  const file = env['ACS_SELECTION_FILE'];
  let selection: RunConfig['selection'];
  if (file) {
    try { selection = JSON.parse(readFileSync(file, 'utf8')) as RunConfig['selection']; } catch (e) { throw new ToolError(`ACS_SELECTION_FILE ${file}: ${(e as Error).message.split('\n')[0]} (expected a plan's selection as JSON)`); }
  }
  return { ...(env['ACS_CHECK_ONCE'] === '1' && { checkOnce: true }), ...(selection && { selection }) };
}
