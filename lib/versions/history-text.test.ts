import { describe, expect, it } from 'vitest';
import { describeVersionEntry } from './history-text';
import { describeWordChange } from './words';

describe('history lines for versions', () => {
  it('says what changed in words, with the changed figure alone when only it changed', () => {
    expect(describeVersionEntry({
      action: 'claim.text_changed',
      before: { quote: 'At least 1,582 civilians have been killed', needsRecheck: false },
      after: { quote: 'At least 1,600 civilians have been killed', needsRecheck: true, articleVersion: 3 },
    })).toBe("Text changed in version 3: '1,582' → '1,600'. It needs a re-check.");
  });

  it('describes removals, hand placements, re-checks, new claims and the import itself', () => {
    expect(describeVersionEntry({ action: 'claim.removed_from_text', before: null, after: { articleVersion: 2, lastSeenInVersion: 1, reason: 'several' } }))
      .toBe('Removed in version 2: its text now stands in more than one place, so it was not placed by guess. Last seen in version 1; place it by hand or dismiss it.');
    expect(describeVersionEntry({ action: 'claim.placed_by_hand', before: { quote: 'cost $119 billion' }, after: { quote: 'cost $120 billion', articleVersion: 2 } }))
      .toBe("Placed by hand in version 2 ('$119' → '$120').");
    expect(describeVersionEntry({ action: 'claim.recheck_confirmed', before: null, after: { needsRecheck: false } })).toMatch(/verdict stands/);
    expect(describeVersionEntry({ action: 'claim.created', before: null, after: { articleVersion: 2 } })).toMatch(/version 2/);
    expect(describeVersionEntry({ action: 'claim.created', before: null, after: { origin: 'manual' } })).toBeNull();
    expect(describeVersionEntry({ action: 'article.version_imported', before: null, after: { version: 3, unchanged: 31, edited: 4, removed: 2, added: 5 } }))
      .toBe('Version 3 imported: 31 unchanged, 4 edited, 2 removed, 5 new claims.');
    expect(describeVersionEntry({ action: 'claim.carried_over', before: null, after: { articleVersion: 2, reason: 'moved' } })).toBe('Carried over to version 2 unchanged (its passage moved).');
  });

  it('falls back to both wordings when several places changed', () => {
    expect(describeWordChange('Turnout was 61% on Sunday', 'Turnout was 64% on Monday')).toBe("'Turnout was 61% on Sunday' → 'Turnout was 64% on Monday'");
    expect(describeWordChange('40 buses were added', '40 new buses were added')).toBe("added 'new'");
  });
});
