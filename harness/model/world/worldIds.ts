import type { SeededRandom } from '../../linearizability/seededRandom.js';

const HEX = '0123456789abcdef';
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const KEY = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const draw = (r: SeededRandom, alphabet: string, length: number) => Array.from({ length }, () => alphabet[r.int(0, alphabet.length - 1)]).join('');

/**
 * Ids of a randomised world, drawn from its random source in the shapes the real services use
 * (and no more alike than that): 32 hexadecimal characters for a SWAS server, a kind prefix and
 * lower-case letters and digits for disks, snapshots, images and ECS instances, 16 digits for an
 * account, LTAI keys. Every id is drawn fresh, so a world's ids follow no pattern a suite could
 * lean on; `unique` keeps them apart.
 */
export class WorldIds {
  private readonly used = new Set<string>();
  constructor(private readonly r: SeededRandom) {}

  private unique(make: () => string): string {
    for (;;) {
      const id = make();
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }

  server = () => this.unique(() => draw(this.r, HEX, 32));
  prefixed = (prefix: string) => this.unique(() => `${prefix}${draw(this.r, ALNUM, this.r.int(14, 22))}`);
  account = (prefix = '') => this.unique(() => `${prefix || String(this.r.int(1, 9))}${draw(this.r, '0123456789', 16 - Math.max(1, prefix.length))}`);
  accessKeyId = () => this.unique(() => `LTAI${draw(this.r, KEY, 20)}`);
  secret = () => draw(this.r, KEY, 30);
  name = (base: string) => `${base}-${draw(this.r, ALNUM, this.r.int(3, 8))}`;
  /** An ISO timestamp (second precision) between 2023-01-01 and 2026-06-01. */
  time = () => new Date(Date.UTC(2023, 0, 1) + this.r.int(0, 1246 * 86_400) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
