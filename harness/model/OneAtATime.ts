const settled = () => undefined;

/**
 * Runs the calls of one key one after another. A call takes its key in the same synchronous step
 * in which it finds the key free, so nothing can slip in between: a call arriving while another
 * holds the key (on a microtask chain, as in the in-process mock) waits until that one has
 * settled, then goes ahead in its turn. The model keys same-ClientToken calls with it.
 */
export class OneAtATime {
  private readonly running = new Map<string, Promise<void>>();

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    for (let busy = this.running.get(key); busy; busy = this.running.get(key)) await busy;
    // From the check above to the set below nothing awaits: the key is ours.
    const result = fn();
    const done: Promise<void> = result.then(settled, settled).then(() => {
      if (this.running.get(key) === done) this.running.delete(key);
    });
    this.running.set(key, done);
    return result;
  }
}
