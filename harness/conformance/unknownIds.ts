/**
 * Well-formed ids that name nothing: what the NotFound scenarios send. Each has the shape of a
 * real id of its kind (so a format check cannot answer first) and carries `acsc` (in hexadecimal
 * ids a run of zeros), so no account holds it and a report reader can tell it was made up.
 */
export const UNKNOWN_IDS = {
  /** SWAS server ids are 32 hexadecimal characters. */
  swasServer: '0000000000000000000000000000e404',
  swasImage: 'm-acscnotfound0000001',
  swasSnapshot: 's-acscnotfound0000001',
  swasDisk: 'd-acscnotfound0000001',
  ecsImage: 'm-acscnotfound0000002',
  ecsSnapshot: 's-acscnotfound0000002',
  ecsInstance: 'i-acscnotfound0000002',
  resourceGroup: 'rg-acscnotfound000002',
} as const;
// No account id here: which ids name an account is the target's business (Fixtures.unknownAccount).
