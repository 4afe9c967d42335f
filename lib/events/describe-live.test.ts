import { describe, expect, it } from 'vitest';
import { describeLiveChange } from './describe-live';

const dana = { name: 'Dana Editor' };

describe('a live change in a sentence', () => {
  it('says who set which status, edited, assigned or commented', () => {
    expect(describeLiveChange({ type: 'claim.status_changed', actor: dana, change: { before: { status: 'unchecked' }, after: { status: 'disputed', version: 3 } } })).toBe('Dana Editor just set this to Disputed.');
    expect(describeLiveChange({ type: 'claim.updated', actor: dana, change: { before: {}, after: { statement: 'x', status: 'confirmed' } } })).toBe('Dana Editor just set this to Confirmed and edited the statement.');
    expect(describeLiveChange({ type: 'claim.assigned', actor: dana, change: { before: {}, after: { assigneeId: 'r1' } } }, [{ id: 'r1', name: 'Riley Reviewer' }])).toBe('Dana Editor just assigned this to Riley Reviewer.');
    expect(describeLiveChange({ type: 'claim.assigned', actor: dana, change: { before: {}, after: { assigneeId: null } } })).toBe('Dana Editor just unassigned this.');
    expect(describeLiveChange({ type: 'comment.added', actor: null })).toBe('Someone just commented on this claim.');
    expect(describeLiveChange({ type: 'evidence.added', actor: dana, change: { before: {}, after: { status: 'in_progress' } } })).toBe('Dana Editor just added evidence (it is now In progress).');
  });
});
