import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, scoreCheckworthiness, type Extraction } from './index';

const shared = path.resolve(process.cwd(), '../shared');
const article = readFileSync(path.join(shared, 'fixtures/articles/belarus-border-2022-03-12.txt'), 'utf8');
const result = extract(article);
const slice = ([a, b]: [number, number]) => article.slice(a, b);
const claimStarting = (prefix: string) => result.claims.find((c) => c.text.startsWith(prefix));

function expectOffsetsRoundTrip(text: string, e: Extraction): void {
  for (const b of e.blocks) expect(0 <= b.start && b.start < b.end && b.end <= text.length).toBe(true);
  for (const s of e.sentences) {
    expect(0 <= s.start && s.start < s.end && s.end <= text.length).toBe(true);
    expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    const block = e.blocks[s.block]!;
    expect(block.start <= s.start && s.end <= block.end).toBe(true);
  }
  for (const c of e.claims) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.text.trim()).not.toBe('');
    expect(c.score).toBeGreaterThanOrEqual(0);
    expect(c.score).toBeLessThanOrEqual(1);
    for (const [a, b] of [...c.duplicates, ...(c.attribution?.sourceSpan ? [c.attribution.sourceSpan] : [])]) {
      expect(0 <= a && a < b && b <= text.length).toBe(true);
    }
  }
}

describe('the sample article', () => {
  it('finds headline, dek, captions once with the repeat linked, credits and headings', () => {
    const kinds = result.blocks.map((b) => b.kind);
    expect(kinds[0]).toBe('headline');
    expect(slice([result.blocks[0]!.start, result.blocks[0]!.end])).toMatch(/^Belarus denies plans/);
    expect(kinds[1]).toBe('dek');
    const headings = result.blocks.filter((b) => b.kind === 'heading').map((b) => slice([b.start, b.end]));
    expect(headings).toEqual(['The fighting continues', 'Strategic turning point', 'Fortress Kyiv', 'Volnovakha and Mariupol', 'Airfield strikes']);
    const captions = result.blocks.filter((b) => b.kind === 'caption');
    expect(captions).toHaveLength(4);
    expect(captions.filter((b) => b.repeatOf !== undefined)).toHaveLength(2);
    const credits = result.blocks.filter((b) => b.kind === 'credit').map((b) => slice([b.start, b.end]));
    expect(credits).toEqual([
      '(photo credit: Ramil Nasibulin/BelTA/Handout via REUTERS)', '(photo credit: Ramil Nasibulin/BelTA/Handout via REUTERS)',
      '(credit: VALENTYN OGIRENKO/REUTERS)', '(credit: VALENTYN OGIRENKO/REUTERS)',
    ]);
  });

  it('offers the caption once, and no credit, heading or byline as a claim', () => {
    const caption = result.claims.filter((c) => c.text.startsWith('A view shows the Gozhsky training ground'));
    expect(caption).toHaveLength(1);
    expect(caption[0]!.duplicates).toHaveLength(1);
    expect(slice(caption[0]!.duplicates[0]!)).toBe(caption[0]!.text);
    for (const c of result.claims) {
      expect(c.text).not.toMatch(/credit:/i);
      expect(['The fighting continues', 'Fortress Kyiv', 'Strategic turning point', 'Volnovakha and Mariupol', 'Airfield strikes']).not.toContain(c.text);
    }
  });

  it('links the dek and headline to the body claims they restate', () => {
    const mariupol = claimStarting("At least 1,582 civilians in Ukraine's southeastern city of Mariupol have been killed")!;
    expect(mariupol.duplicates.map(slice)).toEqual(['At least 1,582 civilians in Mariupol have been killed']);
    const fire = claimStarting('Russian forces plan to fire on Belarus from the territory of Ukraine')!;
    expect(fire.duplicates.map(slice)).toEqual(['Russian forces plan to fire on Belarus from Ukraine in order to draw them into war.']);
    expect(claimStarting('Belarus has no plans to join')!.duplicates.map(slice)[0]).toMatch(/^Belarus denies plans/);
    expect(result.claims.some((c) => c.text.startsWith('At least 1,582 civilians in Mariupol'))).toBe(false);
  });

  it('attributes reported statements to their sources', () => {
    const gulevich = claimStarting('Belarus has no plans')!.attribution!;
    expect(gulevich.source).toContain('Viktor Gulevich');
    expect(slice(gulevich.cueSpan!)).toBe('said');
    const tass = claimStarting('Russian forces have managed to take down')!.attribution!;
    expect(tass.source).toMatch(/Igor Konashenkov$/);
    expect(tass.via).toMatch(/TASS$/);
    const centre = claimStarting('The alleged attacks took place')!.attribution!;
    expect(centre.source).toBe("Ukraine's State Centre for Strategic Communications");
    expect(slice(centre.cueSpan!)).toBe('according to');
    // "it said" opens a new paragraph whose sentence before was not attributed: the pronoun is
    // not carried back past the paragraph break, and stays the mention it is
    const uncarried = claimStarting('"According to preliminary data')!.attribution!;
    expect(slice(uncarried.sourceSpan!)).toBe('it');
    const terekhov = claimStarting('"As of today, 48')!.attribution!;
    expect(terekhov.source).toBe('Mayor Ihor Terekhov');
    expect(slice(terekhov.sourceSpan!)).toBe('Mayor Ihor Terekhov');
    const he = claimStarting('The number of casualties was being established')!.attribution!;
    expect([he.source, he.sourceSpan]).toEqual(['Oleh Synegubov', null]);
    expect(claimStarting('Cluster bombs are made up')?.attribution ?? null).toBeNull();
  });

  it('keeps every offset exact', () => expectOffsetsRoundTrip(article, result));

  it('scores an attributed figure above a heading and a credit', () => {
    const figure = scoreCheckworthiness('At least 78 children have been killed in Ukraine since Russia invaded, the ombudswoman said on Friday.');
    expect(figure).toBeGreaterThan(scoreCheckworthiness('Strategic turning point'));
    expect(figure).toBeGreaterThan(scoreCheckworthiness('(photo credit: Ramil Nasibulin/BelTA/Handout via REUTERS)'));
    expect(figure).toBeGreaterThan(scoreCheckworthiness('I think we all love this wonderful country.'));
  });
});

describe('robustness', () => {
  it('handles empty and blank text', () => {
    expect(extract('')).toEqual({ blocks: [], sentences: [], claims: [] });
    expect(extract(' \n\r\n\t ')).toEqual({ blocks: [], sentences: [], claims: [] });
  });

  it('keeps offsets right with CRLF line ends and surrogate pairs', () => {
    const crlf = article.replace(/\n/g, '\r\n');
    const e = extract(crlf);
    expectOffsetsRoundTrip(crlf, e);
    expect(e.claims.length).toBe(result.claims.length);
    const emoji = 'Headline 🚀 here\n\n🙂 The mayor said 12 😀 schools 👩‍👩‍👧 were destroyed on Friday. He said 3 more closed.';
    const x = extract(emoji);
    expectOffsetsRoundTrip(emoji, x);
    const claim = x.claims.find((c) => c.text.includes('12'))!;
    expect(claim.start).toBe(emoji.indexOf('🙂'));
    expect(x.claims.find((c) => c.text.startsWith('He said'))!.attribution!.source).toBe('The mayor');
  });

  it('runs on a megabyte of text', () => {
    let big = '';
    while (big.length < 1_000_000) big += article + '\n\n';
    // How long it takes is measured in bench/extraction.ts; here, that it completes and is right.
    const e = extract(big);
    const copies = Math.ceil(1_000_000 / (article.length + 2));
    expect(e.sentences.length).toBeGreaterThan(copies * 90);
    // the copies repeat the article word for word, so they link to the first copy's claims
    const mariupol = e.claims.find((c) => c.text.startsWith("At least 1,582 civilians in Ukraine's"))!;
    expect(mariupol.duplicates.length).toBeGreaterThanOrEqual(copies);
    for (const c of e.claims) expect(big.slice(c.start, c.end)).toBe(c.text);
  });

  it('gives sane output on unseen articles', () => {
    const dir = path.join(shared, 'data/attribution/polnear-dev/text');
    for (const name of readdirSync(dir).sort().filter((_, i) => i % 30 === 3)) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const e = extract(text);
      expectOffsetsRoundTrip(text, e);
      expect(e.blocks[0]!.kind).toBe('headline');
      expect(e.claims.length).toBeGreaterThan(3);
      expect(e.claims.length).toBeLessThanOrEqual(e.sentences.length);
    }
  });
});

describe('claim selection', () => {
  it('offers an attributed sentence with a day as a claim even when it scores low', () => {
    const text = 'Strike talks resume\n\nMinisters will meet union leaders on Friday, a government spokesperson said.';
    const e = extract(text);
    const claim = e.claims.find((c) => c.text.startsWith('Ministers'))!;
    expect(claim.checkworthy).toBe(false);
    expect(claim.kind).toBe('forecast');
    expect(claim.attribution!.source).toBe('a government spokesperson');
  });

  it('offers an attributed sentence that names an actor, not one that only says who spoke', () => {
    const text = 'Port news\n\nThe harbour will be dredged by Coastline Works, the council said.\n\nThat is a pity, the council said.';
    const texts = extract(text).claims.map((c) => c.text);
    expect(texts).toContain('The harbour will be dredged by Coastline Works, the council said.');
    expect(texts).not.toContain('That is a pity, the council said.');
  });

  it('offers no attributed sentence that is only about the reporting', () => {
    expect(claimStarting('The Kremlin did not immediately respond')).toBeUndefined();
    const text = 'Port news\n\nThe Port Authority did not respond to a request for comment on Friday.\n\nThe Port Authority said on Friday that 40 berths would close.';
    const texts = extract(text).claims.map((c) => c.text);
    expect(texts).toEqual(['The Port Authority said on Friday that 40 berths would close.']);
  });

  it('still offers no heading or byline', () => {
    const text = 'Strike talks resume as unions weigh offer\n\nBy Ann Berg\n\nUnions are weighing a new pay offer from the transport ministry after weeks of strikes.\n\nMinisters will meet union leaders on Friday, a government spokesperson said.\n\nWhat comes next\n\nThe Rail Union said its members would vote on the offer next week.';
    const e = extract(text);
    expect(e.blocks.map((b) => b.kind)).toEqual(['headline', 'byline', 'paragraph', 'paragraph', 'heading', 'paragraph']);
    const texts = e.claims.map((c) => c.text);
    expect(texts).toContain('Ministers will meet union leaders on Friday, a government spokesperson said.');
    expect(texts).not.toContain('What comes next');
    expect(texts).not.toContain('By Ann Berg');
  });
});

