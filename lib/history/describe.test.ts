// History reads as sentences, for every action the desk records, never as codes or JSON.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_DESCRIBERS } from './describers';
import { describeEvent, historyText } from './describe';

const at = new Date('2026-03-12T14:05:00Z');
const dana = { id: 'd', name: 'Dana Editor' };
const names = new Map([['r', 'Riley Reviewer'], ['s', 'Sam Second']]);
const ctx = { name: (id: string) => names.get(id), claimNumber: (id: string) => (id === 'old' ? 9 : undefined) };
const line = (action: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, actor: typeof dana | null = dana) =>
  historyText({ action, actor, before, after, at }, ctx);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}

describe('history sentences', () => {
  it('has a describer for every action recorded anywhere in lib/', () => {
    const recorded = new Set<string>();
    for (const file of sourceFiles(join(process.cwd(), 'lib'))) {
      const source = readFileSync(file, 'utf8');
      if (!source.includes('recordEvent(')) continue;
      for (const m of source.matchAll(/'((?:article|claim|evidence|comment|user|token|api_token|version|notification|webhook)\.[a-z_]+)'/g)) recorded.add(m[1]!);
    }
    expect(recorded.size).toBeGreaterThan(10);
    expect([...recorded].filter((action) => !HISTORY_DESCRIBERS[action])).toEqual([]);
  });

  it('says who reused which earlier verdict, and who dismissed or restored a match', () => {
    expect(line('claim.verdict_reused', { status: 'unchecked', version: 1 }, { status: 'confirmed', version: 2, reusedFrom: { claimId: 'c', articleId: 'a', articleTitle: 'Kharkiv under bombardment', statement: 'Synehubov said 1,582 civilians have been killed' }, evidence: [{ id: 'e1' }, { id: 'e2' }, { id: 'e3' }] }))
      .toBe("Dana Editor reused the verdict Confirmed from the earlier check of 'Synehubov said 1,582 civilians have…' in 'Kharkiv under bombardment', copying 3 pieces of evidence, 12 Mar 2026, 14:05 UTC");
    expect(line('claim.match_dismissed', null, { match: { claimId: 'c', articleTitle: 'Kharkiv under bombardment' } }))
      .toBe("Dana Editor said the earlier claim in 'Kharkiv under bombardment' is not the same claim, 12 Mar 2026, 14:05 UTC");
    expect(line('article.archived', { archivedAt: null }, { archivedAt: at.toISOString() })).toMatch(/^Dana Editor archived the article/);
  });

  it('says who merged which claim into this one, with the time', () => {
    expect(line('claim.merged', { version: 1, spans: 1 }, { version: 2, spans: 2, mergedFrom: [{ id: 'x', number: 2, quote: 'U.S. companies announced 4,000 new jobs in March' }], evidence: 0, comments: 0 }))
      .toBe("Dana Editor merged claim 2 ('U.S. companies announced 4,000…') into this claim, 12 Mar 2026, 14:05 UTC");
    expect(line('claim.merged', { assigneeId: null, version: 1 }, { assigneeId: 'r', version: 2, mergedFrom: [{ id: 'x', number: 4, quote: 'Turnout was 61%' }], evidence: 2, comments: 1 }))
      .toBe("Dana Editor merged claim 4 ('Turnout was 61%') into this claim; it is now checked by Riley Reviewer; it gained 2 pieces of evidence and 1 comment, 12 Mar 2026, 14:05 UTC");
    expect(line('claim.merged', { status: 'unchecked' }, { mergedInto: 'old' })).toBe('Dana Editor merged this claim into claim 9, 12 Mar 2026, 14:05 UTC');
  });

  it('writes each changed field in words', () => {
    expect(line('claim.status_changed', { status: 'in_progress', version: 1 }, { status: 'confirmed', version: 2 }))
      .toBe('Dana Editor set the status to Confirmed (was In progress), 12 Mar 2026, 14:05 UTC');
    expect(line('claim.assigned', { assigneeId: null, dueAt: null, version: 1 }, { assigneeId: 'r', dueAt: '2026-12-01T14:00:00.000Z', version: 2 }))
      .toBe('Dana Editor assigned the claim to Riley Reviewer and set the due time to 1 Dec 2026, 14:00 UTC, 12 Mar 2026, 14:05 UTC');
    expect(describeEvent({ action: 'claim.updated', actor: dana, at, before: { attributionSource: 'TASS', kind: 'other' }, after: { attributionSource: null, kind: 'statistic' } }, ctx))
      .toBe('Dana Editor removed the attribution, so it is now the article’s own assertion (was TASS) and marked it as a statistic (was other)');
    expect(describeEvent({ action: 'claim.assigned', actor: dana, at, before: { assigneeId: 'r' }, after: { assigneeId: 's' } }, ctx)).toBe('Dana Editor reassigned the claim to Sam Second (was Riley Reviewer)');
  });

  it('describes evidence, comments, splits and system changes', () => {
    expect(describeEvent({ action: 'evidence.added', actor: { id: 'r', name: 'Riley Reviewer' }, at, before: { status: 'unchecked' }, after: { status: 'in_progress', evidence: { title: 'Mariupol toll', publisher: 'reuters.com', stance: 'supports' } } }))
      .toBe("Riley Reviewer added evidence: 'Mariupol toll' (reuters.com, supports); the claim moved to In progress");
    expect(describeEvent({ action: 'comment.added', actor: dana, at, before: null, after: { comment: { body: 'See claim 6.' } } })).toBe("Dana Editor commented: 'See claim 6.'");
    expect(describeEvent({ action: 'claim.split', actor: dana, at, before: { version: 1 }, after: { version: 2, splitInto: 'x', splitIntoNumber: 23 } })).toBe('Dana Editor split this claim in two; the second part is now claim 23');
    expect(describeEvent({ action: 'claim.created', actor: null, at, before: null, after: { origin: 'split', splitFromNumber: 6, evidence: 1, comments: 0 } })).toBe('Claimdesk split this claim off claim 6, copying 1 piece of evidence');
  });

  it('never shows a code, JSON or an underscore, even for an action it does not know', () => {
    const text = describeEvent({ action: 'claim.rechecked_by_robot', actor: dana, at, before: { a: [1] }, after: { a: { b: 2 } } });
    expect(text).toBe('Dana Editor rechecked by robot this claim');
    for (const [action, describe] of Object.entries(HISTORY_DESCRIBERS)) {
      const sentence = describe({ action, actor: dana, at, before: { status: 'unchecked', weird: { x: 1 } }, after: { status: 'disputed', weird: { x: 2 } } }, 'Dana Editor', ctx);
      expect(sentence, action).not.toMatch(/[{}[\]]|_|\bclaim\.|undefined|null|NaN/);
    }
  });
});
