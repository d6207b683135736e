/**
 * Makes the command's output streams (stdout, stderr) ignore a reader that went away: after
 * `acs-conformance run --plan | head -3` has printed its three lines, the rest of the plan has
 * no one to read it, and writing it fails with EPIPE. That is no error of the command's: what is
 * left to print is dropped (the stream is closed, later writes do nothing), no stack trace is
 * printed, and the command goes on to its end and exits with its own code (0 for `run --plan`).
 * Not 141, the status of a process killed by SIGPIPE (as `yes | head` leaves `yes`): a reader
 * that stops early must not cut off a real run, whose verdicts, reports and cleanup of what it
 * created come after its first lines, nor turn its exit code into another one. Any other error
 * of the streams is thrown as before.
 */
export function ignoreClosedPipe(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
}
