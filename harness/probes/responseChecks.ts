/** What a response check saw: a judgement, or why the body could not decide it. */
export type ResponseJudgement = { ok: boolean; received: string } | { undecided: string };

export interface ResponseCheck {
  documented: string;
  check: (body: Record<string, unknown>) => ResponseJudgement;
}

const items = (body: Record<string, unknown>, key: string) => (Array.isArray(body[key]) ? (body[key] as Record<string, unknown>[]) : []);
const typeOf = (item: Record<string, unknown>) => String(item['SourceDiskType'] ?? '').toLowerCase();

/**
 * Data table: the hand-written response rules (kind response) beyond the schema, by rule id, each
 * judged on the body of the operation's valid base request.
 */
export const RESPONSE_CHECKS: Record<string, ResponseCheck> = {
  'swas.ListCustomImages.response.PaginationStrings': {
    documented: 'TotalCount, PageNumber and PageSize are JSON strings of decimal digits',
    check: (body) => {
      const wrong = ['TotalCount', 'PageNumber', 'PageSize'].filter((k) => !(typeof body[k] === 'string' && /^[0-9]+$/.test(body[k])));
      return { ok: wrong.length === 0, received: wrong.length ? wrong.map((k) => `${k} ${JSON.stringify(body[k])}`).join(', ') : 'strings of digits' };
    },
  },
  'swas.ListSnapshots.response.InstanceIdForSystemDiskOnly': {
    documented: 'system-disk snapshots carry a non-empty InstanceId, data-disk snapshots an empty or absent one',
    check: (body) => {
      const list = items(body, 'Snapshots');
      const wrong = list.filter((s) => (typeOf(s) === 'system' ? !s['InstanceId'] : typeOf(s) === 'data' && !!s['InstanceId']));
      if (wrong.length) {
        return { ok: false, received: wrong.map((s) => `${String(s['SnapshotId'])} (${typeOf(s)}) InstanceId ${JSON.stringify(s['InstanceId'])}`).join(', ') };
      }
      const missing = ['system', 'data'].filter((type) => !list.some((s) => typeOf(s) === type));
      if (missing.length) return { undecided: `the account has no ${missing.join(' or ')}-disk snapshot to check` };
      return { ok: true, received: `${list.length} snapshots as documented` };
    },
  },
};
