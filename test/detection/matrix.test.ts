import { describe, expect, it } from 'vitest';
import { DEVIATIONS } from '../../harness/emulator/deviations.js';
import { detectionMatrix, type MatrixRow } from '../../tools/detectionMatrix.js';

// The proof of the suites: silent on the correct emulator, and every deviation of the catalogue
// caught by at least one of the rule ids it names (fail, or warn for an inferred rule).
describe('detection matrix', () => {
  let clean: { id: string; verdict: string; checkedBy?: string[] }[] = [];
  let rows: MatrixRow[] = [];

  it('runs a clean run and one run per deviation', async () => {
    ({ clean, rows } = await detectionMatrix([], 2, (line) => process.stdout.write(`${line}\n`)));
    expect(rows).toHaveLength(Object.keys(DEVIATIONS).length);
  }, 20 * 60_000);

  it('reports no failure against the emulator without deviations, and leaves no rule uncovered', () => {
    expect(clean.length).toBeGreaterThan(400);
    expect(clean.filter((r) => r.verdict === 'fail' || r.verdict === 'warn').map((r) => `${r.id}: ${r.verdict}`)).toEqual([]);
    expect(clean.filter((r) => r.verdict === 'not-covered').map((r) => r.id)).toEqual([]);
  });

  it('catches the deviations only sequences or concurrency reveal with the stateful and concurrency suites', () => {
    const revealed = rows.filter((r) => r.revealedBy);
    expect(revealed.length).toBeGreaterThanOrEqual(9);
    expect(revealed.filter((r) => r.suites.join() !== r.revealedBy || r.caughtBy.length === 0).map((r) => `${r.deviation}: ${r.suites.join()} ${JSON.stringify(r.verdicts)}`)).toEqual([]);
  });

  it('catches every deviation of the catalogue', () => {
    const missed = rows.filter((r) => r.caughtBy.length === 0).map((r) => `${r.deviation} (suites: ${r.suites.join(', ') || 'none'}; verdicts: ${JSON.stringify(r.verdicts)})`);
    expect(missed).toEqual([]);
  });
});
