// The board's wire rows decode to the claims they encode, and the list's filters are data.
import { describe, expect, it } from 'vitest';
import { decodeClaim, encodeClaim, type BoardClaim } from './board-types';
import { ClaimsStore } from './claims-store';
import { reasonsPhrase } from './score-reasons';
import { applyView, CLAIM_FILTERS, DEFAULT_VIEW, searchKey } from './list-filters';

const body = 'Exports fell 12% in September, and imports rose 4% in October, the ministry said. Kyïv said 1,582 homes lost heat.';
const claim = (over: Partial<BoardClaim>): BoardClaim => ({
  id: 'a', number: 1, start: 0, end: 29, statement: body.slice(0, 29), attribution: null, kind: 'statistic', score: 0.5, reasons: [], status: 'unchecked',
  assigneeId: null, dueAt: null, version: 1, spans: [], evidenceCount: 0, tally: { supports: 0, contradicts: 0, context: 0, supportingPublishers: 0 },
  commentCount: 0, suggestedStatus: null, anchor: 'current', previousText: null, lastSeenInVersion: null, needsRecheck: false, ...over,
});

describe('board rows', () => {
  it('round-trip, leaving an unrewritten statement out of the wire', () => {
    const plain = claim({ spans: [[40, 50], [60, 70]] });
    const rewritten = claim({ id: 'b', number: 7, reasons: ['a percentage', 'a date', 'words the list lacks'], statement: 'Exports fell by an eighth.', assigneeId: 'r', dueAt: '2030-01-01T00:00:00.000Z', tally: { supports: 2, contradicts: 1, context: 0, supportingPublishers: 2 } });
    expect(encodeClaim(plain, body)[4]).toBeNull();
    expect(decodeClaim(encodeClaim(plain, body), body)).toEqual(plain);
    expect(decodeClaim(encodeClaim(rewritten, body), body)).toEqual(rewritten);
    expect(JSON.stringify(encodeClaim(plain, body)).length).toBeLessThan(110);
  });

  it('applies a changed claim from anywhere, never stepping back to an older version', () => {
    const store = new ClaimsStore([claim({}), claim({ id: 'b', number: 2, start: 31 })]);
    const first = store.getSnapshot();
    store.upsert(claim({ status: 'confirmed', version: 3 }));
    expect(store.getSnapshot()).not.toBe(first);
    store.upsert(claim({ status: 'disputed', version: 2 }));
    expect(store.get('a')!.status).toBe('confirmed');
    store.remove('b');
    expect(store.getSnapshot().map((c) => c.id)).toEqual(['a']);
  });

  it('filters by search (accents and thousands separators folded), threshold and the filters table', () => {
    const claims = [
      claim({ id: 'a', number: 1, statement: 'Kyïv said 1,582 homes lost heat.', score: 0.9 }),
      claim({ id: 'b', number: 2, start: 31, statement: 'Imports rose 4% in October.', score: 0.4, status: 'single_source', assigneeId: 'me' }),
    ];
    const ctx = { people: [], actorId: 'me', now: Date.now() };
    expect(searchKey('Kyïv 1,582')).toBe('kyiv 1582');
    expect(applyView(claims, { ...DEFAULT_VIEW, search: 'kyiv 1582' }, ctx).map((c) => c.id)).toEqual(['a']);
    expect(applyView(claims, { ...DEFAULT_VIEW, minScore: 0.5 }, ctx).map((c) => c.id)).toEqual(['a']);
    expect(applyView(claims, { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, assignee: 'me' } }, ctx).map((c) => c.id)).toEqual(['b']);
    expect(applyView(claims, { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, attention: 'weak' } }, ctx).map((c) => c.id)).toEqual(['b']);
    expect(applyView(claims, { ...DEFAULT_VIEW, sort: 'score' }, ctx).map((c) => c.id)).toEqual(['a', 'b']);
    expect(CLAIM_FILTERS.map((f) => f.id)).toEqual(['status', 'assignee', 'kind', 'attention', 'change']);
  });

  it('round-trips a removed claim without offsets, and filters by what the latest version did', () => {
    const removed = claim({ id: 'r', number: 9, start: null, end: null, statement: 'Repairs would cost $119 billion.', anchor: 'removed', lastSeenInVersion: 2 });
    const edited = claim({ id: 'e', number: 3, anchor: 'edited', previousText: 'Exports fell 11% in September', needsRecheck: true, status: 'confirmed' });
    expect(decodeClaim(encodeClaim(removed, body), body)).toEqual(removed);
    expect(decodeClaim(encodeClaim(edited, body), body)).toEqual(edited);
    // A claim no longer in the text sorts after every claim in it.
    expect(applyView([removed, edited], DEFAULT_VIEW, { people: [], actorId: 'me', now: 0 }).map((c) => c.id)).toEqual(['e', 'r']);
    const version = { number: 3, carryOver: { unchanged: [], edited: ['e'], removed: ['r'], added: [] } };
    const ctx = { people: [], actorId: 'me', now: 0, version };
    const change = CLAIM_FILTERS.find((f) => f.id === 'change')!;
    expect(change.available?.(ctx)).toBe(true);
    expect(change.available?.({ ...ctx, version: null })).toBe(false);
    expect(applyView([removed, edited], { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, change: 'edited' } }, ctx).map((c) => c.id)).toEqual(['e']);
    expect(applyView([removed, edited], { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, change: 'removed' } }, ctx).map((c) => c.id)).toEqual(['r']);
  });
});

describe('score reasons', () => {
  it('read as a phrase an editor would say', () => {
    expect(reasonsPhrase([])).toBe('');
    expect(reasonsPhrase(['a figure'])).toBe('a figure');
    expect(reasonsPhrase(['a figure', 'a named source', 'a date'])).toBe('a figure, a named source and a date');
  });
});
