// A new version's claims, extracting only the sentences carried claims do not cover, must be
// exactly those extracting the whole text gives: same sentences, offsets, sources, scores,
// repeats linked to the same carried claims.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorSpan } from '@/lib/claims/anchor';
import { extract, type ExtractedClaim } from '@/lib/extraction';
import { coveredSpans, offerNewSentences, placeClaims, type ClaimState } from './carry-plan';
import { extractUncovered } from './new-sentences';
import { overlapsAny } from './overlaps';
import { reviseSample } from './test-revision';

const shared = path.resolve(process.cwd(), '../shared');
const sample = readFileSync(path.join(shared, 'fixtures/articles/belarus-border-2022-03-12.txt'), 'utf8').replace(/\r\n?/g, '\n');
const train = path.join(shared, 'data/attribution/polnear-train/text');
const trainTexts = readdirSync(train).sort().filter((_, i) => i % 97 === 3).slice(0, 6)
  .map((f) => readFileSync(path.join(train, f), 'utf8').replace(/\r\n?/g, '\n').trim());

/** The claims a desk kept from version 1: every `keep`-th claim extraction offered, as stored. */
function statesOf(body: string, keep: number): ClaimState[] {
  return extract(body).claims.filter((_, i) => i % keep === 0).map((c, i): ClaimState => ({
    id: `c${i}`, ...anchorSpan(body, c.start, c.end), statement: c.text, status: i % 3 ? 'unchecked' : 'confirmed', anchor: 'current',
    previousQuote: null, needsRecheck: false, seenInVersion: 1, version: 1,
    attributionStart: c.attribution?.sourceSpan?.[0] ?? null, attributionEnd: c.attribution?.sourceSpan?.[1] ?? null,
    spans: c.duplicates.filter(([s, e]) => s !== c.start || e !== c.end).map(([s, e], k) => ({ id: `c${i}s${k}`, ...anchorSpan(body, s, e) })),
  }));
}

/** A revision in the style of a late edit: a figure changed, paragraphs cut, added and moved, a new headline restating a claim. */
function revise(body: string): string {
  const paragraphs = body.split(/\n\n+/);
  const out: string[] = [];
  paragraphs.forEach((p, i) => {
    if (i % 7 === 4) return;
    if (i % 5 === 2) out.push(`Officials said on Tuesday that ${1_000 + i} people had been moved, a spokesman told reporters.`);
    out.push(i % 4 === 1 ? p.replace(/\b\d+\b/, '4,321').replace(/ the /, ' a ') : p);
  });
  if (out.length > 6) out.splice(2, 0, ...out.splice(out.length - 2, 1));
  // a new top line that restates a body sentence, as a headline does
  const longest = paragraphs.reduce((a, b) => (b.length > a.length && b.length < 300 ? b : a), '');
  return [longest.split(/(?<=\.)\s/)[0]!.replace(/\.$/, ''), ...out].join('\n\n');
}

function carryBoth(oldBody: string, newBody: string, keep: number) {
  const input = { currentVersion: 1, bodies: new Map([[1, oldBody]]), newBody, newVersion: 2, claims: statesOf(oldBody, keep) };
  const whole = offerNewSentences(placeClaims(input), extract(newBody).claims);
  const placed = placeClaims(input);
  const partial = extractUncovered(newBody, coveredSpans(placed));
  return { whole, some: offerNewSentences(placed, partial.claims), partial };
}

const offered = (claims: { extracted: ExtractedClaim }[]) =>
  claims.map(({ extracted: c }) => ({ text: c.text, start: c.start, end: c.end, score: c.score, kind: c.kind, reasons: c.reasons, source: c.attribution, duplicates: c.duplicates }));

const pairs: [string, string, string][] = [
  ['the sample and its version 2', sample, reviseSample(sample)],
  ['the sample, revised as a late edit', sample, revise(sample)],
  ...trainTexts.map((t, i): [string, string, string] => [`PolNeAR train text ${i + 1}, revised`, t, revise(t)]),
  ['PolNeAR train texts run together, revised', trainTexts.join('\n\n'), revise(trainTexts.join('\n\n'))],
];

describe('extracting only what carried claims do not cover', () => {
  it.each(pairs)('%s: the same new claims, offsets, sources and scores as extracting the whole text', (_, oldBody, newBody) => {
    for (const keep of [1, 2, 3]) {
      const { whole, some, partial } = carryBoth(oldBody, newBody, keep);
      expect(offered(some.newClaims)).toEqual(offered(whole.newClaims));
      expect(some.newClaims.map((n) => [n.main, n.repeats])).toEqual(whole.newClaims.map((n) => [n.main, n.repeats]));
      // repeats in a new headline link to the same carried claims
      expect(some.claims.map((c) => c.linkedSpans)).toEqual(whole.claims.map((c) => c.linkedSpans));
      expect(some.carryOver).toEqual(whole.carryOver);
      // and something was actually left unread (every claim kept covers a sentence)
      expect(partial.skipped!.length).toBeGreaterThan(0);
    }
  });

  it('gives every sentence the source reading the whole article gives it, whichever sentences are skipped', () => {
    for (const [, , text] of pairs) {
      const full = extract(text);
      const sentences = full.sentences.map((s) => [s.start, s.end] as const);
      // skip in patterns that cut quotations, "he said" chains and lists in the middle
      for (const every of [2, 3, 5]) {
        const skip = (start: number, end: number) => sentences.findIndex(([a, b]) => a <= start && end <= b) % every !== 0;
        const some = extract(text, { skip });
        const kept = new Set(some.claims.map((c) => c.start));
        expect(some.claims).toEqual(full.claims.filter((c) => kept.has(c.start)));
        // every claim not skipped is there
        expect(full.claims.filter((c) => !skip(c.start, c.end)).every((c) => kept.has(c.start))).toBe(true);
      }
    }
  });
});

describe('sources that reach across a paragraph break', () => {
  // "the mayor" and "he" resolve to sources named earlier, so the sentence before a wanted
  // paragraph cannot be read on its own to learn what carries over into it
  const story = [
    'City buses will run all night from next month.',
    'Mayor Ann Berg announced the change on Monday. The plan costs $5 million a year, the mayor said.',
    'The city will add 40 new bus lines by Friday, she said.',
    'Transport chief Tom Hale backed it. Fares will rise by 10 cents in March, he told reporters.',
    'The city will hire 300 new drivers before March, officials said, citing the mayor.',
    'Drivers will earn $22 an hour from June, he said.',
  ].join('\n\n');

  it.each(['40 new bus lines', '300 new drivers', '$22 an hour'])('gives "%s" the source the whole article gives it', (wantedWords) => {
    const full = extract(story);
    const skip = (start: number, end: number) => !story.slice(start, end).includes(wantedWords);
    const some = extract(story, { skip });
    expect(some.claims.map((c) => c.text)).toEqual([expect.stringContaining(wantedWords)]);
    expect(some.claims).toEqual(full.claims.filter((c) => c.text.includes(wantedWords)));
  });

  it('reads a lead-in sentence that sits inside an open quotation as the whole article does', () => {
    // Read alone, "The unions say…" would name a source for "they"; inside the mayor's
    // quotation it is her words, and names no one.
    const quoted = [
      'Mayor Ann Berg spoke on Monday.',
      '"We have run out of money. The unions say the port lost $40 million last year.',
      'The port will cut 300 jobs by June, they said.',
    ].join('\n\n');
    const full = extract(quoted);
    const some = extract(quoted, { skip: (start, end) => !quoted.slice(start, end).includes('300 jobs') });
    expect(some.claims).toEqual(full.claims.filter((c) => c.text.includes('300 jobs')));
  });
});

describe('overlapsAny', () => {
  it('finds an overlap with any span, nested or not, and none with spans that only touch', () => {
    const overlaps = overlapsAny([[50, 60], [10, 40], [12, 14], [70, 71]]);
    expect(overlaps(39, 45)).toBe(true);
    expect(overlaps(40, 50)).toBe(false);
    expect(overlaps(0, 11)).toBe(true);
    expect(overlaps(59, 70)).toBe(true);
    expect(overlaps(60, 70)).toBe(false);
    expect(overlaps(71, 90)).toBe(false);
    expect(overlaps(20, 21)).toBe(true);
    expect(overlapsAny([])(0, 100)).toBe(false);
  });
});
