import { describe, expect, it } from 'vitest';
import { describeEvent } from './describe';

const dana = { id: 'd', name: 'Dana Editor' };
const at = new Date('2026-03-14T14:05:00Z');
const say = (action: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null) => describeEvent({ action, actor: dana, at, before, after });

describe('history lines for new versions', () => {
  it('says what changed in words, the changed figure alone when only it changed', () => {
    expect(say('claim.text_changed', { quote: 'At least 1,582 civilians have been killed', needsRecheck: false }, { quote: 'At least 1,600 civilians have been killed', needsRecheck: true, articleVersion: 3 }))
      .toBe("Text changed in version 3 (imported by Dana Editor): '1,582' → '1,600'; it needs a re-check");
    expect(say('claim.placed_by_hand', { quote: 'cost $119 billion' }, { quote: 'cost $120 billion', articleVersion: 2 }))
      .toBe("Dana Editor placed this claim in the text of version 2 by hand: '$119' → '$120'");
  });

  it('describes removals, carried claims, re-checks, new claims and the import itself', () => {
    expect(say('claim.removed_from_text', null, { articleVersion: 2, lastSeenInVersion: 1, reason: 'several' }))
      .toBe('Removed from the text in version 2 (imported by Dana Editor): its text now stands in more than one place, so it was not placed by guess; last seen in version 1; it can be placed by hand or dismissed');
    expect(say('claim.carried_over', null, { articleVersion: 2, reason: 'moved' })).toBe('Carried over to version 2 (imported by Dana Editor) unchanged (its passage moved)');
    expect(say('claim.carried_over', null, { articleVersion: 3, restored: true })).toBe('Back in the text in version 3 (imported by Dana Editor): its passage returned');
    expect(say('claim.recheck_confirmed', { needsRecheck: true }, { needsRecheck: false })).toBe('Dana Editor checked the new wording again and kept the verdict');
    expect(say('claim.created', null, { origin: 'extracted', articleVersion: 2, quote: 'Schools will reopen on Monday' }))
      .toBe("Offered as a new claim from the text of version 2 (imported by Dana Editor): 'Schools will reopen on Monday'");
    expect(say('article.version_imported', null, { version: 3, unchanged: 31, edited: 4, removed: 2, added: 5 }))
      .toBe('Dana Editor imported version 3: 31 unchanged, 4 edited, 2 removed, 5 new claims');
  });

  it('falls back to both wordings when several places changed', () => {
    expect(say('claim.text_changed', { quote: 'Turnout was 61% on Sunday' }, { quote: 'Turnout was 64% on Monday', articleVersion: 2 }))
      .toBe("Text changed in version 2 (imported by Dana Editor): 'Turnout was 61% on Sunday' → 'Turnout was 64% on Monday'");
  });
});
