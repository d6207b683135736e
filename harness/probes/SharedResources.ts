import type { RuleTest } from '../conformance/RuleTest.js';
import { ToolError } from '../errors/ToolError.js';
import { traceShared } from '../run/callTrace.js';
import { releaseResource, type ResourceKind } from './releaseResource.js';

/** The resources a base request may need made for it. */
export type Fresh = 'customImage' | 'snapshot' | 'ecsImage';
export const KIND: Record<Fresh, ResourceKind> = { customImage: 'swas.CustomImage', snapshot: 'swas.Snapshot', ecsImage: 'ecs.Image' };

/**
 * The fresh resources the valid requests of one operation are built on: made when first needed,
 * reused until a successful delete consumed one, deleted by `release`. Held by one test
 * (BaseRequests' own), or shared by all the tests of an operation (`shared`: the schema suite
 * shares one custom image, one ECS image, one snapshot per operation instead of one per
 * parameter; what they cost is traced as the block's, not one test's; see traceShared).
 */
export class SharedResources {
  private readonly held = new Map<Fresh, Promise<string>>();
  /** In the order made: deleted the other way round. */
  private readonly made: { kind: Fresh; id: string }[] = [];

  constructor(readonly label: string, private readonly shared = false) {}

  /** The resource of `kind`, made by `make` (with the calls of the test asking first) if none is held. */
  get(kind: Fresh, make: () => Promise<string | undefined>): Promise<string> {
    let p = this.held.get(kind);
    if (!p) {
      p = (this.shared ? traceShared(make) : make()).then((id) => {
        if (!id) throw new ToolError(`could not make a fresh ${KIND[kind]} for ${this.label}`);
        this.made.push({ kind, id });
        return id;
      });
      p.catch(() => this.held.delete(kind));
      this.held.set(kind, p);
    }
    return p;
  }

  /** A successful delete consumed the resource of `kind`: the next request gets a new one. */
  async consumed(kind: Fresh): Promise<void> {
    const id = await this.held.get(kind)?.catch(() => undefined);
    this.held.delete(kind);
    const at = this.made.findIndex((m) => m.id === id);
    if (at >= 0) this.made.splice(at, 1);
  }

  /** Deletes what is held (with the calls of `t`); a resource it cannot delete is left to the run's cleanup. */
  async release(t: RuleTest): Promise<void> {
    const all = this.made.splice(0).reverse();
    this.held.clear();
    const work = async () => { for (const m of all) await releaseResource(t, KIND[m.kind], m.id); };
    await (this.shared ? traceShared(work) : work());
  }
}
