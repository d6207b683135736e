import { readdirSync, readFileSync } from 'node:fs';
import { commandFromJson } from './commandFromJson.js';
import type { CommandJson, WorldCommand } from './WorldCommand.js';

const DIR = new URL('../../fixtures/stateful/', import.meta.url);

/** A shrunk counterexample worth keeping (fixtures/stateful/NAME.json): run first on every target. */
export interface Counterexample {
  name: string;
  summary: string;
  /** The rules it broke when it was found, and the deviation of the bundled emulator it was found with. */
  rules: string[];
  foundWith: { deviation: string; seed: number };
  commands: CommandJson[];
  build(): WorldCommand[];
}

/** Every kept counterexample, by file name. A malformed file is an error naming the file. */
export function loadCounterexamples(): Counterexample[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const where = `fixtures/stateful/${file}`;
    const doc = JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as Omit<Counterexample, 'name' | 'build'>;
    if (!Array.isArray(doc.commands) || !doc.commands.length || !Array.isArray(doc.rules)) throw new Error(`${where}: expected rules and a non-empty commands array`);
    const name = file.replace(/\.json$/, '');
    const build = () => doc.commands.map((c, i) => commandFromJson(c, `${where}#/commands/${i}`));
    build();
    return { ...doc, name, build };
  });
}
