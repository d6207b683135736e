import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ignoreClosedPipe } from '../harness/cli/ignoreClosedPipe.js';

const BIN = fileURLToPath(new URL('../bin/acs-conformance.js', import.meta.url));

interface Ended { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Runs `command` with `args` to its end, stdout and stderr piped; `onStart` reads stdout (all of it by default). */
const readAll = (child: ReturnType<typeof spawn>, out: { stdout: string }) => { child.stdout!.on('data', (d: Buffer) => { out.stdout += d.toString(); }); };
function ended(command: string, args: string[], onStart = readAll): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = { stdout: '' };
    let stderr = '';
    onStart(child, out);
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, stdout: out.stdout, stderr }); });
  });
}

/** The CLI, its stdout read by a reader that goes away, as `| head` does: after the first chunk, or before anything was written. */
const readerLeaves = (args: string[], at: 'first-chunk' | 'start') => ended(process.execPath, [BIN, ...args], (child, out) => {
  if (at === 'start') child.stdout!.destroy();
  else child.stdout!.once('data', (d: Buffer) => { out.stdout = d.toString(); child.stdout!.destroy(); });
});

function expectQuiet(r: Ended): void {
  expect(r.stderr).not.toMatch(/EPIPE/);
  expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
  expect(r.stderr).toBe('');
  expect({ code: r.code, signal: r.signal }).toEqual({ code: 0, signal: null });
}

// Node's piped stdio is a socket pair with a larger buffer than a pipe's: an output that fits
// it is written whole before the reader can leave. Past it (spec rules --json), or with the
// reader gone before the first write, the CLI's writes fail with EPIPE.
describe('acs-conformance with a reader that closes early (| head)', () => {
  it('run --plan: ends quietly with its own exit code when the reader is gone before the first line', async () => {
    expectQuiet(await readerLeaves(['run', '--plan'], 'start'));
  });

  it('serve --list-deviations: ends quietly when the reader is gone before the first line', async () => {
    expectQuiet(await readerLeaves(['serve', '--list-deviations'], 'start'));
  });

  it('spec rules --json: ends quietly when the reader leaves after the first chunk', async () => {
    const r = await readerLeaves(['spec', 'rules', '--json'], 'first-chunk');
    expect(r.stdout).toMatch(/^\[\n {2}\{/);
    expectQuiet(r);
  });

  it.skipIf(process.platform === 'win32')('run --plan --json | head -c 100 in a shell: the first 100 bytes, nothing on stderr, exit code 0', async () => {
    const r = await ended('/bin/sh', ['-c', '{ "$0" "$1" run --plan --json; echo "exit $?" >&2; } | head -c 100', process.execPath, BIN]);
    expect(r.stdout).toHaveLength(100);
    expect(r.stdout).toMatch(/^\{\n {2}"target"/);
    expect(r.stderr).toBe('exit 0\n');
  });
});

describe('ignoreClosedPipe', () => {
  it('ignores EPIPE and throws any other error of the stream', () => {
    const stream = new PassThrough() as unknown as NodeJS.WriteStream;
    ignoreClosedPipe([stream]);
    const failure = (code: string) => Object.assign(new Error(`write ${code}`), { code });
    expect(() => stream.emit('error', failure('EPIPE'))).not.toThrow();
    expect(() => stream.emit('error', failure('EIO'))).toThrow('write EIO');
  });
});
