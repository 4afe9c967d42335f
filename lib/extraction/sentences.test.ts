import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const shared = path.resolve(process.cwd(), '../shared');
const golden = JSON.parse(readFileSync(path.join(shared, 'data/sentence-boundaries/golden-rules-en.json'), 'utf8')) as {
  rules: { id: number; input: string; expected: string[] }[];
};
const article = readFileSync(path.join(shared, 'fixtures/articles/belarus-border-2022-03-12.txt'), 'utf8');
const sentencesOf = (text: string) => splitSentences(text).map(([a, b]) => text.slice(a, b).trim());

describe('splitSentences', () => {
  // All 48 pass today; the list of passing ids is asserted exactly so a regression names the rule.
  it('passes the English golden rules', () => {
    const passing = golden.rules.filter((r) => JSON.stringify(sentencesOf(r.input)) === JSON.stringify(r.expected)).map((r) => r.id);
    expect(passing).toEqual(golden.rules.map((r) => r.id));
  });

  it.each([
    'Russian Defense Ministry spokesperson Maj.-Gen. Igor Konashenkov.',
    'At least 1,582 civilians in Ukraine\'s southeastern city of Mariupol have been killed',
    'Russia\'s invasion of Ukraine has caused $119 billion in damages to its infrastructure',
    'three Ukrainian Mil Mi-25 helicopters',
    'A no-fly zone over Ukraine "would most likely...escalate the war to a full-fledged war between NATO and Russia," he added.',
    '"This is a PROVOCATION! The goal is to involve the Armed Forces of the Republic of Belarus in the war with Ukraine!"\u00a0its Air Force Command said in an online statement.',
    'For we have already reached a strategic turning point," he said in a televised address',
  ])('keeps the sample article\'s hard case whole: %s', (piece) => {
    expect(sentencesOf(article).some((s) => s.includes(piece))).toBe(true);
  });

  it('splits the dek at its bullet', () => {
    const sentences = sentencesOf(article);
    expect(sentences).toContain('At least 1,582 civilians in Mariupol have been killed');
    expect(sentences).toContain('• Russian forces plan to fire on Belarus from Ukraine in order to draw them into war.');
  });

  it('splits a standalone multi-sentence quote and after U.S. before a pronoun', () => {
    expect(sentencesOf('"We came. We saw." Then we left the U.S. He stayed in the U.S. Senate.')).toEqual([
      '"We came.', 'We saw."', 'Then we left the U.S.', 'He stayed in the U.S. Senate.',
    ]);
  });

  it('honours start and end and counts UTF-16 units', () => {
    const text = 'Intro 😀. Mr. Smith paid $1.5 million. Done!';
    const spans = splitSentences(text, 10);
    expect(spans.map(([a, b]) => text.slice(a, b))).toEqual(['Mr. Smith paid $1.5 million.', 'Done!']);
    expect(splitSentences(text)[0]).toEqual([0, 9]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t \r\n ')).toEqual([]);
  });
});
