/**
 * The resources of one account that a call addressed to `regionId` can see: resources live in
 * one region, and a call to another region does not find them (it answers "not found").
 * `anyRegion` drops the region filter: only the region-leak deviations pass it.
 */
export function inRegion<T extends { RegionId: string }>(resources: ReadonlyMap<string, T>, regionId: string, anyRegion = false): {
  list: T[];
  get(id: string | undefined): T | undefined;
} {
  const here = (r: T) => anyRegion || r.RegionId === regionId;
  return {
    list: [...resources.values()].filter(here),
    get(id) {
      const r = id === undefined ? undefined : resources.get(id);
      return r && here(r) ? r : undefined;
    },
  };
}
