/**
 * The resources of one account that a call addressed to `regionId` can see: resources live in
 * one region, and a call to another region does not find them (it answers "not found").
 */
export function inRegion<T extends { RegionId: string }>(resources: ReadonlyMap<string, T>, regionId: string): {
  list: T[];
  get(id: string | undefined): T | undefined;
} {
  return {
    list: [...resources.values()].filter((r) => r.RegionId === regionId),
    get(id) {
      const r = id === undefined ? undefined : resources.get(id);
      return r && r.RegionId === regionId ? r : undefined;
    },
  };
}
