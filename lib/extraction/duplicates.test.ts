import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { findRepeats } from './duplicates';
import { findBlocks } from './structure';
import { splitSentences } from './sentences';
import type { Sentence } from './types';

const article = readFileSync(path.resolve(process.cwd(), '../shared/fixtures/articles/belarus-border-2022-03-12.txt'), 'utf8');
const copies = (n: number) => Array.from({ length: n }, () => article).join('\n\n');

describe('repeat detection', () => {
  // Counts every read of the sentence list, whatever the code does with it.
  it('reads each sentence a bounded number of times', () => {
    const readsPerSentence = (text: string) => {
      const blocks = findBlocks(text);
      const sentences: Sentence[] = blocks.flatMap((b, block) => splitSentences(text, b.start, b.end).map(([start, end]) => ({ start, end, block })));
      let reads = 0;
      const counted = new Proxy(sentences, { get(target, key, receiver) { if (typeof key === 'string' && /^\d+$/.test(key)) reads++; return Reflect.get(target, key, receiver); } });
      findRepeats(text, blocks, counted);
      return reads / sentences.length;
    };
    const few = readsPerSentence(copies(3));
    const many = readsPerSentence(copies(12));
    expect(many).toBeLessThan(few * 1.5);
  });

  it('links a caption pasted again in a later copy to its first appearance, at the same position', () => {
    const e = extract(copies(3));
    const caption = e.claims.filter((c) => c.text.startsWith('A view shows the Gozhsky training ground'));
    expect(caption).toHaveLength(1);
    expect(caption[0]!.duplicates).toHaveLength(5);
    for (const [a, b] of caption[0]!.duplicates) {
      expect(e.claims.some((c) => c.start === a)).toBe(false);
      expect(b - a).toBe(caption[0]!.text.length);
    }
  });
});
