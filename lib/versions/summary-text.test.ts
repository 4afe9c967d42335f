import { describe, expect, it } from 'vitest';
import { versionSummarySentence } from './summary-text';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);

describe('the version summary', () => {
  it('reads as the desk says it', () => {
    expect(versionSummarySentence({ number: 3, importedBy: { name: 'Dana Editor' }, carryOver: { unchanged: ids(31), edited: ids(4), removed: ids(2), added: ids(5) } }, '14:05'))
      .toBe('Version 3 (Dana Editor, 14:05): 31 claims carried over unchanged, 4 edited, 2 removed, 5 new sentences offered.');
    expect(versionSummarySentence({ number: 2, importedBy: { name: 'Ed' }, carryOver: { unchanged: ids(1), edited: [], removed: [], added: ids(1) } }, '09:00'))
      .toBe('Version 2 (Ed, 09:00): 1 claim carried over unchanged, 0 edited, 0 removed, 1 new sentence offered.');
  });
});
