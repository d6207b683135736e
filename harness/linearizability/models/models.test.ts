import { describe, expect, it } from 'vitest';
import { checkLinearizable } from '../checkLinearizable.js';
import type { Operation } from '../Operation.js';
import { clientTokenModel } from './clientTokenModel.js';
import { imageShareModel } from './imageShareModel.js';
import { quotaModel } from './quotaModel.js';
import { shareSetModel } from './shareSetModel.js';

type Row = [process: number, name: string, args: Record<string, unknown>, invokedAt: number, returnedAt: number | undefined, result?: unknown];
const history = (rows: Row[]): Operation[] => rows.map(([process, name, args, invokedAt, returnedAt, result], i) => ({ id: i + 1, process, call: { name, args }, invokedAt, returnedAt, result }));
const accounts = (from: number, n: number) => Array.from({ length: n }, (_, i) => `acc${String(from + i).padStart(2, '0')}`);

describe('shareSetModel (the 50-account share limit)', () => {
  const spec = shareSetModel({ initial: accounts(1, 48) });
  const adds = (results: string[]): Row[] => results.map((r, i) => [i, 'add', { accounts: accounts(49 + i, 1) }, i, 30 + i, r]);

  it('two of four concurrent adds at 48 accounts succeed', () => {
    const ops = history([...adds(['ok', 'QuotaExceed.ShareImageUser', 'ok', 'QuotaExceed.ShareImageUser']), [9, 'count', {}, 40, 50, 50]]);
    expect(checkLinearizable(ops, spec).verdict).toBe('linearizable');
  });

  it('three succeeding, or a listing of 51, is not linearizable', () => {
    expect(checkLinearizable(history(adds(['ok', 'ok', 'ok', 'QuotaExceed.ShareImageUser'])), spec).verdict).toBe('not-linearizable');
    const listed = [...accounts(1, 50), 'acc51'].sort();
    const ops = history([...adds(['ok', 'ok', 'QuotaExceed.ShareImageUser']), [9, 'list', {}, 40, 50, listed]]);
    expect(checkLinearizable(ops, spec).verdict).toBe('not-linearizable');
  });

  it('adding an account already shared with succeeds at the limit; a call over it changes nothing', () => {
    const full = shareSetModel({ initial: accounts(1, 50) });
    const ops = history([[1, 'add', { accounts: ['acc01'] }, 0, 10, 'ok'], [1, 'add', { accounts: ['acc01', 'acc77'] }, 20, 30, 'QuotaExceed.ShareImageUser'], [1, 'count', {}, 40, 50, 50]]);
    expect(checkLinearizable(ops, full).verdict).toBe('linearizable');
  });
});

describe('imageShareModel (delete racing share)', () => {
  const spec = imageShareModel();
  it('a delete and a share of one image cannot both succeed', () => {
    const ops = history([[1, 'delete', { image: 'm-1' }, 0, 20, 'ok'], [2, 'share', { image: 'm-1' }, 1, 21, 'ok']]);
    const r = checkLinearizable(ops, spec);
    expect(r.verdict).toBe('not-linearizable');
    expect(r.explanation).toMatch(/^partition "m-1": /);
  });

  it('either call may win', () => {
    for (const [d, s] of [['ok', 'InvalidImageId.NotFound'], ['CustomImageInShare', 'ok']]) {
      expect(checkLinearizable(history([[1, 'delete', { image: 'm-1' }, 0, 20, d], [2, 'share', { image: 'm-1' }, 1, 21, s]]), spec).verdict).toBe('linearizable');
    }
  });

  it('keeps images apart, and follows share, unshare, delete', () => {
    const ops = history([
      [1, 'share', { image: 'm-1' }, 0, 10, 'ok'], [2, 'delete', { image: 'm-2' }, 0, 10, 'ok'],
      [1, 'delete', { image: 'm-1' }, 20, 30, 'CustomImageInShare'], [1, 'unshare', { image: 'm-1' }, 40, 50, 'ok'],
      [1, 'delete', { image: 'm-1' }, 60, 70, 'ok'], [2, 'read', { image: 'm-1' }, 80, 90, { exists: false, shared: false }],
      [2, 'read', { image: 'm-3' }, 80, 90, { exists: true, shared: false }],
    ]);
    expect(checkLinearizable(ops, spec).verdict).toBe('linearizable');
  });
});

describe('clientTokenModel (one image per ClientToken)', () => {
  const spec = clientTokenModel();
  const create = (p: number, token: string, t: [number, number | undefined], id?: string): Row => [p, 'create', { token }, t[0], t[1], id === undefined ? undefined : id.startsWith('m-') ? { imageId: id } : id];

  it('concurrent creates with one token all answer the same id', () => {
    const ops = history([create(1, 'tk', [0, 20], 'm-a'), create(2, 'tk', [1, 21], 'm-a'), create(3, 'tk', [2, 22], 'm-a'), [1, 'count', { token: 'tk' }, 30, 40, 1]]);
    expect(checkLinearizable(ops, spec).verdict).toBe('linearizable');
  });

  it('two ids for one token, or two images, are not linearizable', () => {
    expect(checkLinearizable(history([create(1, 'tk', [0, 20], 'm-a'), create(2, 'tk', [1, 21], 'm-b')]), spec).verdict).toBe('not-linearizable');
    expect(checkLinearizable(history([create(1, 'tk', [0, 20], 'm-a'), [1, 'count', { token: 'tk' }, 30, 40, 2]]), spec).verdict).toBe('not-linearizable');
  });

  it('an unanswered first create leaves the id to the answered ones; tokens are independent', () => {
    const ops = history([create(1, 'tk', [0, undefined]), create(2, 'tk', [30, 40], 'm-a'), create(3, 'tk', [50, 60], 'm-a'), create(4, 'other', [0, 10], 'm-z')]);
    expect(checkLinearizable(ops, spec).verdict).toBe('linearizable');
    expect(checkLinearizable(history([create(1, 'tk', [0, 10], 'InternalError')]), spec).verdict).toBe('not-linearizable');
  });
});

describe('quotaModel', () => {
  it('counts by name, and refuses to be partitioned under a finite limit', () => {
    const spec = quotaModel({ limit: Number.POSITIVE_INFINITY, others: 3, partitionByName: true });
    const ops = history([[1, 'create', { name: 'n' }, 0, 20, 'ok'], [2, 'create', { name: 'n' }, 1, 21, 'ImageNameAlreadyExist'], [1, 'count', { name: 'n' }, 30, 40, 1]]);
    expect(checkLinearizable(ops, spec).verdict).toBe('linearizable');
    expect(() => quotaModel({ limit: 9, partitionByName: true })).toThrow(/do not partition/);
  });
});
