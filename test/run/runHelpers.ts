import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A scratch folder with a copy of the emulator profile (endpoints `{url}`, filled by the run). */
export function scratch(): { dir: string; profile: string; reports: string } {
  const dir = mkdtempSync(join(tmpdir(), 'acs-run-'));
  const profile = join(dir, 'profile.json');
  writeFileSync(profile, readFileSync(new URL('../../fixtures/targets/emulator.json', import.meta.url)));
  return { dir, profile, reports: join(dir, 'reports') };
}

/** The report folders a run wrote under `reports`. */
export function runDirs(reports: string): string[] {
  return existsSync(reports) ? readdirSync(reports).filter((d) => /^\d{8}T\d{6}Z-[0-9a-f]{6}$/.test(d)).map((d) => join(reports, d)) : [];
}

export const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
  schemaVersion: number; run: Record<string, unknown>; summary: { verdicts: Record<string, number>; newFailures: number };
  rules: { id: string; verdict: string; reason: string; repro: { case: string } | null }[]; observations: { kind: string; ruleId?: string }[];
};
