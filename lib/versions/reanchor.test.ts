import { describe, expect, it } from 'vitest';
import { anchorSpan } from '@/lib/claims/anchor';
import { diffBodies } from './body-diff';
import { reanchor, type CarriedAnchor, type Placement } from './reanchor';
import { sameWords } from './words';

const P1 = 'Belarus has no plans to join the invasion, its Chief of General Staff Viktor Gulevich said on Saturday.';
const P2 = 'At least 1,582 civilians in Mariupol have been killed, the city council said. Rescuers are still searching the rubble.';
const P3 = '"I want to underline that the transfer of troops is in no way connected with any preparation," Gulevich said.';
const P4 = 'The Kremlin did not immediately respond to a request for comment.';
const P5 = 'Ukraine said 300 soldiers crossed the border near Kharkiv on Tuesday, according to the defence ministry.';
const BODY = [P1, P2, P3, P4, P5].join('\n\n');

const C = {
  plans: 'Belarus has no plans to join the invasion, its Chief of General Staff Viktor Gulevich said on Saturday.',
  killed: 'At least 1,582 civilians in Mariupol have been killed, the city council said.',
  quote: 'I want to underline that the transfer of troops is in no way connected with any preparation',
  kremlin: 'The Kremlin did not immediately respond to a request for comment.',
  crossed: 'Ukraine said 300 soldiers crossed the border near Kharkiv on Tuesday, according to the defence ministry.',
};

function anchorsOf(body: string, texts: Record<string, string>): CarriedAnchor[] {
  return Object.entries(texts).map(([id, text]) => {
    const at = body.indexOf(text);
    if (at === -1) throw new Error(`${id} is not in the body`);
    return { id, ...anchorSpan(body, at, at + text.length) };
  });
}

type Expected = Record<string, ['unchanged' | 'edited', string] | 'removed' | 'ambiguous'>;

/** Asserts every claim's outcome, and for a placed claim that its offsets hold exactly its new text. */
function expectPlacements(newBody: string, placements: Placement[], expected: Expected) {
  expect(placements.map((p) => p.id).sort()).toEqual(Object.keys(expected).sort());
  for (const p of placements) {
    const want = expected[p.id]!;
    if (typeof want === 'string') {
      expect({ id: p.id, outcome: p.outcome, start: p.start, end: p.end }).toEqual({ id: p.id, outcome: want, start: null, end: null });
      continue;
    }
    const [outcome, text] = want;
    expect({ id: p.id, outcome: p.outcome, quote: p.quote }).toEqual({ id: p.id, outcome, quote: text });
    expect(newBody.slice(p.start!, p.end!)).toBe(text);
    // And it is the intended occurrence: the only one, or the one the test names by position.
    expect(newBody.indexOf(text)).toBeGreaterThan(-1);
  }
}

function carry(newBody: string, oldBody = BODY, texts: Record<string, string> = C) {
  return reanchor(oldBody, newBody, anchorsOf(oldBody, texts));
}

const unchangedAll = (texts: Record<string, string> = C): Expected =>
  Object.fromEntries(Object.entries(texts).map(([id, t]) => [id, ['unchanged', t]]));

describe('re-anchoring claims in a new version', () => {
  it('follows every claim when a paragraph is inserted at the top', () => {
    const next = ['UPDATED 14:05 — adds the ministry’s figures.', BODY].join('\n\n');
    const placed = carry(next);
    expectPlacements(next, placed, unchangedAll());
    expect(placed.find((p) => p.id === 'plans')!.start).toBe(next.indexOf(P1));
  });

  it('follows every claim when a paragraph is inserted in the middle', () => {
    const next = [P1, P2, 'Power was restored to 90 percent of Kharkiv by evening, the mayor said.', P3, P4, P5].join('\n\n');
    expectPlacements(next, carry(next), unchangedAll());
  });

  it('removes the claims of a deleted paragraph and keeps the rest', () => {
    const next = [P1, P3, P4, P5].join('\n\n');
    expectPlacements(next, carry(next), { ...unchangedAll(), killed: 'removed' });
  });

  it('follows a paragraph that moved, to its new place', () => {
    const next = [P1, P3, P4, P5, P2].join('\n\n');
    const placed = carry(next);
    expectPlacements(next, placed, unchangedAll());
    expect(placed.find((p) => p.id === 'killed')!.start).toBe(next.lastIndexOf(C.killed));
  });

  it('marks a reworded sentence as edited and follows the passage', () => {
    const reworded = 'Belarus has no plans to join the Russian invasion of Ukraine, Chief of General Staff Viktor Gulevich told reporters on Saturday.';
    const next = BODY.replace(P1, reworded);
    expectPlacements(next, carry(next), { ...unchangedAll(), plans: ['edited', reworded] });
  });

  it('marks a changed figure as edited', () => {
    const next = BODY.replace('1,582', '1,600');
    expectPlacements(next, carry(next), { ...unchangedAll(), killed: ['edited', C.killed.replace('1,582', '1,600')] });
  });

  it('marks a trimmed quote as edited and shrinks the span to what is left', () => {
    const next = BODY.replace(' with any preparation', '');
    expectPlacements(next, carry(next), { ...unchangedAll(), quote: ['edited', 'I want to underline that the transfer of troops is in no way connected'] });
  });

  it('keeps claims unchanged when only punctuation and quote style change', () => {
    const curly = BODY.replace('"I want', '“I want').replace('preparation,"', 'preparation,”')
      .replace('invasion, its', 'invasion — its').replace('killed, the', 'killed; the');
    const placed = carry(curly);
    expectPlacements(curly, placed, {
      ...unchangedAll(),
      plans: ['unchanged', C.plans.replace('invasion, its', 'invasion — its')],
      killed: ['unchanged', C.killed.replace('killed, the', 'killed; the')],
    });
    expect(placed.find((p) => p.id === 'plans')!.reason).toBe('respaced');
  });

  it('keeps claims unchanged when only spacing and line endings change', () => {
    const next = BODY.replace(/\n\n/g, '\r\n\r\n').replace('has no plans', 'has  no plans').replace('Mariupol have', 'Mariupol\nhave');
    expectPlacements(next, carry(next), {
      ...unchangedAll(),
      plans: ['unchanged', C.plans.replace('has no plans', 'has  no plans')],
      killed: ['unchanged', C.killed.replace('Mariupol have', 'Mariupol\nhave')],
    });
  });

  it('keeps a claim in its own place when its sentence is also pasted elsewhere', () => {
    const next = [P1, P2, P3, P4, P5, C.kremlin].join('\n\n');
    const placed = carry(next);
    expectPlacements(next, placed, unchangedAll());
    // The diff pins the original: the claim stays where it was checked, not on the new copy.
    expect(placed.find((p) => p.id === 'kremlin')!.start).toBe(next.indexOf(C.kremlin));
  });

  it('asks for a hand placement when a claim’s own place changed and its text now stands in two places', () => {
    const next = [P1, P2, P3, 'The Kremlin has been asked.', P5, C.kremlin, `Again: ${C.kremlin}`].join('\n\n');
    expectPlacements(next, carry(next), { ...unchangedAll(), kremlin: 'ambiguous' });
  });

  it('never attaches a deleted claim to a similar sentence that remains', () => {
    const similar = 'Ukraine said 300 soldiers crossed the border near Kyiv on Monday, according to the defence ministry.';
    const old = [P1, P2, P3, P4, similar, P5].join('\n\n');
    const next = [P1, P2, P3, P4, similar].join('\n\n');
    const placed = carry(next, old, { ...C, similar });
    expectPlacements(next, placed, { ...unchangedAll(), crossed: 'removed', similar: ['unchanged', similar] });
  });

  it('removes a claim whose sentence is replaced by another statement in the same place', () => {
    const other = 'Kyiv reported 40 buses were sent to evacuate civilians from Sumy, the regional governor added.';
    const next = BODY.replace(P5, other);
    expectPlacements(next, carry(next), { ...unchangedAll(), crossed: 'removed' });
  });

  it('flags, rather than silently keeps, a same-shaped sentence with different facts in the same place', () => {
    const swapped = 'Russia said 300 civilians crossed the border near Kharkiv on Monday, according to the defence ministry.';
    const next = BODY.replace(P5, swapped);
    const placed = carry(next).find((p) => p.id === 'crossed')!;
    expect(placed.outcome).not.toBe('unchanged');
    if (placed.outcome === 'edited') expect(next.slice(placed.start, placed.end)).toBe(swapped);
  });

  it('tells two identical passages apart by the diff, and gives up on the one that went', () => {
    const caption = 'A view shows the Gozhsky training ground during exercises.';
    const old = [P1, caption, P2, caption, P4].join('\n\n');
    const texts = { first: caption, plans: C.plans };
    const anchors = [...anchorsOf(old, texts), { id: 'second', ...anchorSpan(old, old.lastIndexOf(caption), old.lastIndexOf(caption) + caption.length) }];
    const next = [P1, caption, P2, P4].join('\n\n');
    const placed = reanchor(old, next, anchors);
    expectPlacements(next, placed, { first: ['unchanged', caption], plans: ['unchanged', C.plans], second: 'ambiguous' });
  });

  it('follows a short hand-marked figure only when its paragraph moved with it', () => {
    const old = BODY;
    const figure = { id: 'figure', ...anchorSpan(old, old.indexOf('1,582'), old.indexOf('1,582') + 5) };
    const moved = [P1, P3, P4, P5, P2].join('\n\n');
    const [m] = reanchor(old, moved, [figure]);
    expect(m).toMatchObject({ outcome: 'unchanged', reason: 'moved', quote: '1,582' });
    expect(moved.slice(m!.start!, m!.end!)).toBe('1,582');
    // Alone in a new sentence, the bare figure says nothing about whether it is the same claim.
    const elsewhere = [P1, P3, P4, P5, 'Officials gave no figure. Later: 1,582.'].join('\n\n');
    expect(reanchor(old, elsewhere, [figure])[0]).toMatchObject({ outcome: 'ambiguous', start: null });
  });

  it('removes everything when the whole text is replaced', () => {
    const next = 'An entirely different story about the weather in Lisbon, where it rained for 14 days.';
    expectPlacements(next, carry(next), { plans: 'removed', killed: 'removed', quote: 'removed', kremlin: 'removed', crossed: 'removed' });
  });

  it('recovers an anchor whose stored offsets drifted, from its quote and context', () => {
    const anchors = anchorsOf(BODY, C).map((a) => (a.id === 'kremlin' ? { ...a, start: a.start + 3, end: a.end + 3 } : a));
    const next = `Intro.\n\n${BODY}`;
    expectPlacements(next, reanchor(BODY, next, anchors), unchangedAll());
  });
});

describe('the body diff', () => {
  it('covers both texts exactly, run after run', () => {
    const next = [P1, 'New paragraph.', P2.replace('1,582', '1,600'), P4, P5, P3].join('\n\n');
    const { runs, complete } = diffBodies(BODY, next);
    expect(complete).toBe(true);
    let o = 0;
    let n = 0;
    for (const r of runs) {
      expect([r.oldStart, r.newStart]).toEqual([o, n]);
      if (r.same) expect(next.slice(r.newStart, r.newEnd)).toBe(BODY.slice(r.oldStart, r.oldEnd));
      o = r.oldEnd;
      n = r.newEnd;
    }
    expect([o, n]).toEqual([BODY.length, next.length]);
    // The changed figure is its own small run, word by word.
    expect(runs.some((r) => !r.same && BODY.slice(r.oldStart, r.oldEnd) === '1,582' && next.slice(r.newStart, r.newEnd) === '1,600')).toBe(true);
  });

  it('bounds its work on two long unrelated texts and then places nothing by guess', () => {
    const words = (seed: number) => Array.from({ length: 30_000 }, (_, i) => `w${(i * seed) % 9973}`).join(' ');
    const a = words(7);
    const b = words(13);
    const { complete } = diffBodies(a, b);
    expect(complete).toBe(false);
    const anchor = { id: 'x', ...anchorSpan(a, 0, 40) };
    expect(reanchor(a, b, [anchor])[0]!.outcome).not.toBe('edited');
  });
});

describe('short claims', () => {
  it('marks a date changed in place as edited, its edges being kept word for word', () => {
    const at = BODY.indexOf('on Tuesday');
    const anchor = { id: 'date', ...anchorSpan(BODY, at, at + 10) };
    const next = BODY.replace('on Tuesday', 'on Wednesday');
    const [p] = reanchor(BODY, next, [anchor]);
    expect(p).toMatchObject({ outcome: 'edited', quote: 'on Wednesday' });
    expect(next.slice(p!.start!, p!.end!)).toBe('on Wednesday');
  });

  it('removes a short claim whose whole sentence was rewritten around it', () => {
    const at = BODY.indexOf('on Tuesday');
    const anchor = { id: 'date', ...anchorSpan(BODY, at, at + 10) };
    const next = BODY.replace(P5, 'The border stayed quiet all week, local officials reported from Sumy.');
    expect(reanchor(BODY, next, [anchor])[0]).toMatchObject({ outcome: 'removed', start: null });
  });
});

// A seeded generator of revisions: paragraphs deleted, inserted, moved and swapped, words
// changed, quote marks and spaces retyped. Every sentence carries a marker word of its own
// ("s17") that edits never touch, so whether a claim landed on its own sentence is known.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

const VOCAB = 'ministry said troops crossed border homes without heat power restored city council reported civilians killed officials warned forces shelled village near'.split(' ');

function article(random: () => number, paragraphs: number) {
  const sentences: string[] = [];
  const paras: string[][] = [];
  for (let p = 0; p < paragraphs; p++) {
    const para: string[] = [];
    const n = 1 + Math.floor(random() * 3);
    for (let k = 0; k < n; k++) {
      const words = Array.from({ length: 6 + Math.floor(random() * 8) }, () => VOCAB[Math.floor(random() * VOCAB.length)]!);
      words.splice(1 + Math.floor(random() * 4), 0, `s${sentences.length}`, `${Math.floor(random() * 5000)}`);
      const sentence = `${words.join(' ')}.`;
      sentences.push(sentence[0]!.toUpperCase() + sentence.slice(1));
      para.push(sentences[sentences.length - 1]!);
    }
    paras.push(para);
  }
  return { sentences, paras };
}

function revise(random: () => number, paras: string[][]): string[][] {
  let out = paras.map((p) => [...p]);
  const ops = 1 + Math.floor(random() * 6);
  for (let i = 0; i < ops; i++) {
    const op = Math.floor(random() * 7);
    const at = Math.floor(random() * out.length);
    if (op === 0 && out.length > 1) out.splice(at, 1);
    else if (op === 1) out.splice(at, 0, [`Inserted paragraph ${i} with ${Math.floor(random() * 999)} new words.`]);
    else if (op === 2 && out.length > 1) {
      const [moved] = out.splice(at, 1);
      out.splice(Math.floor(random() * out.length), 0, moved!);
    } else if (op === 3) {
      // change a figure or a word inside one sentence, never its marker
      const p = out[at]!;
      const k = Math.floor(random() * p.length);
      p[k] = p[k]!.replace(/\b(\d+)\b(?!.*\bs\d)/, String(Math.floor(random() * 9000))).replace(/ (troops|homes|power|city) /, ' people ');
    } else if (op === 4) {
      const p = out[at]!;
      p.splice(Math.floor(random() * p.length), 1);
      if (p.length === 0) out.splice(at, 1);
    } else if (op === 5) {
      out = out.map((p) => p.map((s) => s.replace(/ said /, ' said,  ')));
    } else if (op === 6) {
      // a sentence pasted into another paragraph too
      const from = out[Math.floor(random() * out.length)]!;
      out[at]!.push(from[Math.floor(random() * from.length)]!);
    }
  }
  return out;
}

describe('re-anchoring on generated revisions', () => {
  it('never places a claim on a sentence other than its own, and every placed span holds its text', () => {
    let placedCount = 0;
    let removedCount = 0;
    for (let seed = 1; seed <= Number(process.env.FUZZ_SEEDS ?? 150); seed++) {
      const random = rng(seed);
      const { sentences, paras } = article(random, 4 + Math.floor(random() * 10));
      const oldBody = paras.map((p) => p.join(' ')).join('\n\n');
      const newParas = revise(random, paras);
      const newBody = newParas.map((p) => p.join(' ')).join('\n\n');
      const anchors = sentences.map((s, i) => ({ id: `s${i}`, ...anchorSpan(oldBody, oldBody.indexOf(s), oldBody.indexOf(s) + s.length) }));
      for (const p of reanchor(oldBody, newBody, anchors)) {
        const marker = new RegExp(`\\b${p.id}\\b`);
        if (p.outcome === 'unchanged' || p.outcome === 'edited') {
          placedCount += 1;
          expect(newBody.slice(p.start, p.end), `seed ${seed}`).toBe(p.quote);
          expect(p.quote, `seed ${seed}: ${p.id} landed on another sentence`).toMatch(marker);
          // Exactly its own sentence: no other sentence's marker is taken in.
          expect(p.quote.match(/\bs\d+\b/g), `seed ${seed}`).toEqual([p.id]);
          if (p.outcome === 'unchanged') expect(sameWords(p.quote, anchors.find((a) => a.id === p.id)!.quote), `seed ${seed}`).toBe(true);
        } else {
          removedCount += 1;
        }
      }
    }
    // The generator does exercise both sides.
    expect(placedCount).toBeGreaterThan(1000);
    expect(removedCount).toBeGreaterThan(50);
  });
});
