#!/usr/bin/env node
// Entry point of the `acs-conformance` command: loads the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
// A reader that closes early (`| head`) ends nothing: see ignoreClosedPipe.ts.
const { ignoreClosedPipe } = await import('../harness/cli/ignoreClosedPipe.ts');
ignoreClosedPipe();
const { main } = await import('../harness/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
