/**
 * A long run's live progress on stderr: calls done of planned, elapsed, estimated time left, the
 * suites running. On a TTY one line that updates in place (other lines are printed above it); on
 * anything else a plain line every `everyMs` (30 s). Time left: where the plan gave the tests'
 * documented-rate time (`plannedMs`, and each test's as it ends), the documented-rate time still to
 * come at the pace of the time so far (at real speed the rate windows are most of a run, and the
 * calls of a paced test take far longer than those of an unpaced one); else the calls still to
 * come at the pace of the calls so far.
 */
export class Progress {
  private calls = 0;
  private doneMs = 0;
  private readonly running = new Set<string>();
  private readonly started: number;
  private timer: NodeJS.Timeout | undefined;
  private shown = false;

  constructor(private readonly planned: number, private readonly out: { write(s: string): unknown; isTTY?: boolean } = process.stderr,
    private readonly everyMs = 30_000, private readonly now: () => number = Date.now, private readonly plannedMs = 0) {
    this.started = now();
  }

  start(): void {
    this.timer = setInterval(() => this.tick(), this.out.isTTY ? 1000 : this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.clear();
  }

  /** Prints a line of the run's own (above the live line on a TTY). */
  say(line: string): void {
    this.clear();
    this.out.write(`${line}\n`);
    if (this.out.isTTY && this.timer) this.draw();
  }

  suiteStarted(suite: string): void { this.running.add(suite); }
  suiteEnded(suite: string): void { this.running.delete(suite); }

  /** A test ended, having made `calls` calls; `ms`: its documented-rate time in the plan. */
  testEnded(calls: number, ms = 0): void {
    this.calls += calls;
    this.doneMs += ms;
    if (this.out.isTTY && this.timer) this.draw();
  }

  /** The progress as one line. */
  line(): string {
    const elapsed = this.now() - this.started;
    const left = this.plannedMs > 0 && this.doneMs > 0 ? (elapsed * Math.max(0, this.plannedMs - this.doneMs)) / this.doneMs
      : this.calls > 0 && this.planned > this.calls ? (elapsed * (this.planned - this.calls)) / this.calls : undefined;
    const suites = [...this.running].join(', ') || 'none (starting the next)';
    return `progress: ${this.calls} of ${this.planned} planned calls, ${clock(elapsed)} elapsed${left !== undefined ? `, about ${clock(left)} left` : ''}, running ${suites}`;
  }

  private tick(): void {
    if (this.out.isTTY) this.draw();
    else this.out.write(`${this.line()}\n`);
  }

  private draw(): void {
    this.out.write(`\r\x1b[2K${this.line()}`);
    this.shown = true;
  }

  private clear(): void {
    if (this.shown) this.out.write('\r\x1b[2K');
    this.shown = false;
  }
}

function clock(ms: number): string {
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h ? `${h} h ${String(m).padStart(2, '0')} min` : m ? `${m} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
}
