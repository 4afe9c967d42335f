// Real news text for the bench databases: PolNeAR's articles (../shared, used for
// measurement only, never shipped) as titles, paragraphs and sentences with offsets.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface SourceArticle {
  name: string;
  title: string;
  paragraphs: string[];
}

const SHARED = resolve(process.cwd(), '../shared/data');
const SENTENCE_END = /(?<=[.!?][”"’)]?)\s+(?=[“"‘(]?[A-Z0-9])/u;

export function loadCorpus(split: 'train' | 'dev'): SourceArticle[] {
  const dir = join(SHARED, `attribution/polnear-${split}/text`);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => {
    const [title = name, ...rest] = readFileSync(join(dir, name), 'utf8').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    return { name, title: title.slice(0, 200), paragraphs: rest };
  });
}

/** Sentences of a paragraph, each with its offset in the paragraph. */
export function sentencesOf(paragraph: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const part of paragraph.split(SENTENCE_END)) {
    const start = paragraph.indexOf(part, at);
    if (part.trim().length >= 20) out.push({ start, end: start + part.length });
    at = start + part.length;
  }
  return out;
}

export interface BuiltArticle {
  title: string;
  body: string;
  claims: { start: number; end: number; quote: string }[];
}

/**
 * An article body with at least `claims` sentences: the base article, then paragraphs of
 * the next ones in the corpus as needed. Every sentence of 20+ characters is a claim.
 */
export function buildArticle(corpus: SourceArticle[], base: number, claims: number, title?: string): BuiltArticle {
  const paragraphs: string[] = [];
  const spans: { start: number; end: number; quote: string }[] = [];
  let body = '';
  for (let k = 0; spans.length < claims && k < corpus.length; k++) {
    for (const p of corpus[(base + k) % corpus.length]!.paragraphs) {
      if (spans.length >= claims) break;
      const offset = body.length === 0 ? 0 : body.length + 2;
      body = body.length === 0 ? p : `${body}\n\n${p}`;
      paragraphs.push(p);
      for (const s of sentencesOf(p)) {
        if (spans.length >= claims) break;
        spans.push({ start: offset + s.start, end: offset + s.end, quote: p.slice(s.start, s.end) });
      }
    }
  }
  return { title: title ?? corpus[base % corpus.length]!.title, body, claims: spans };
}
