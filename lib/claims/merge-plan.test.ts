import { describe, expect, it } from 'vitest';
import { planMerge, type MergeSide } from './merge-plan';

const side = (over: Partial<MergeSide>): MergeSide => ({ id: 'x', number: 1, status: 'unchecked', assigneeId: null, dueAt: null, attributionSource: null, ...over });

describe('what a merge keeps', () => {
  it('keeps the one reviewer, the tightest due time and the most advanced status', () => {
    const plan = planMerge(side({ id: 't', status: 'unchecked' }), [
      side({ id: 'a', status: 'in_progress', assigneeId: 'riley', dueAt: new Date('2030-12-01') }),
      side({ id: 'b', status: 'confirmed', dueAt: new Date('2030-11-01'), attributionSource: 'TASS' }),
    ]);
    expect(plan).toEqual({ status: 'confirmed', assigneeId: 'riley', dueAt: new Date('2030-11-01'), attributionSource: 'TASS', questions: {} });
  });

  it('asks when verdicts or reviewers differ, and follows the answers', () => {
    const target = side({ id: 't', status: 'confirmed', assigneeId: 'riley' });
    const sources = [side({ id: 'a', status: 'disputed', assigneeId: 'sam' }), side({ id: 'b', status: 'confirmed', assigneeId: 'riley' })];
    expect(planMerge(target, sources).questions).toEqual({ status: ['confirmed', 'disputed'], assigneeId: ['riley', 'sam'] });
    expect(planMerge(target, sources, { status: 'disputed', assigneeId: null })).toMatchObject({ status: 'disputed', assigneeId: null, questions: {} });
  });

  it('does not let a dismissed span outrank a claim, nor ask about it', () => {
    expect(planMerge(side({ status: 'dismissed' }), [side({ status: 'in_progress' })])).toMatchObject({ status: 'in_progress', questions: {} });
    expect(planMerge(side({ status: 'dismissed' }), [side({ status: 'dismissed' })]).status).toBe('dismissed');
  });
});
