// How a news page looks once pasted as text: a headline, maybe a dek, photo captions with
// their credits (often twice), short section headings, bylines and paragraphs.
import type { Block, BlockKind } from './types';
import { isFurniture, opensStoryList } from './furniture';
import { FirstByWords } from './same-words';
import { lowerPerChar } from './words';

interface Line { start: number; end: number; blankBefore: boolean }

// "(photo credit: X)", "(credit: X)", "Photo: X/Reuters", "Image courtesy of X".
const CREDIT = /\(\s*(?:(?:photo|image|picture|video|illustration)\s+)?(?:credit|credits|courtesy)\s*:[^()]*\)/gi;
const CREDIT_LINE = /^\(?\s*(?:(?:photo(?:graph)?|image|picture|video|illustration|file photo)\s*(?:credit|courtesy)?s?|credits?|courtesy(?: of)?)\s*:/i;
const BYLINE = /^(?:by|reporting by|written by|additional reporting by|editing by|compiled by)\s+\p{Lu}/iu;
// what /[.!?:;,"”’')\]…]$/u tests, read from the last character (all of them are single UTF-16 units)
const TERMINAL = new Set([...'.!?:;,"”’\')]…']);

const SPACE = /\s/;
const isSpaceAt = (text: string, i: number) => { const c = text.charCodeAt(i); return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text[i]!)); };

function trimmedLines(text: string): Line[] {
  const lines: Line[] = [];
  let blank = true;
  let from = 0;
  while (from < text.length) {
    let stop = from;
    while (stop < text.length && text.charCodeAt(stop) !== 10 && text.charCodeAt(stop) !== 13) stop++;
    let a = from;
    let b = stop;
    from = stop + (text.charCodeAt(stop) === 13 && text.charCodeAt(stop + 1) === 10 ? 2 : 1);
    while (a < b && isSpaceAt(text, a)) a++;
    while (b > a && isSpaceAt(text, b - 1)) b--;
    if (a === b) { blank = true; continue; }
    lines.push({ start: a, end: b, blankBefore: blank });
    blank = false;
  }
  return lines;
}

// Hard-wrapped copy: a line that stops mid-sentence and a next line that starts in lower case
// belong to one paragraph.
function joinWrapped(text: string, lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const first = text[line.start]!;
    if (prev && !line.blankBefore && !TERMINAL.has(text[prev.end - 1]!) && first !== first.toUpperCase()) {
      prev.end = line.end;
    } else out.push({ start: line.start, end: line.end, blankBefore: line.blankBefore });
  }
  return out;
}

// A line carrying "(credit: …)" glued to its caption is split into caption and credit parts.
function splitCredits(text: string, line: Line): { start: number; end: number; credit: boolean }[] {
  const parts: { start: number; end: number; credit: boolean }[] = [];
  let from = line.start;
  const push = (a: number, b: number, credit: boolean) => {
    while (a < b && isSpaceAt(text, a)) a++;
    while (b > a && isSpaceAt(text, b - 1)) b--;
    if (b > a) parts.push({ start: a, end: b, credit });
  };
  const slice = text.slice(line.start, line.end);
  CREDIT.lastIndex = 0;
  for (let m = CREDIT.exec(slice); m; m = CREDIT.exec(slice)) {
    push(from, line.start + m.index, false);
    push(line.start + m.index, line.start + m.index + m[0].length, true);
    from = line.start + m.index + m[0].length;
  }
  push(from, line.end, false);
  return parts;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

// "• Layoffs fell", "- 40 schools shut", "1. Prices rose": an item of a list is a statement, not a heading
const LIST_ITEM = /^(?:[•⁃‣◦▪●·*–—-]|\d{1,2}[.)])\s/;

function isHeadingLike(s: string): boolean {
  return s.length <= 80 && words(s) <= 10 && !/[.!;,:]$/.test(s) && !/^[“"']/.test(s) && !LIST_ITEM.test(s);
}

// Under a "Related" or "Most read" heading, the lines are other stories' headlines until the
// story's own paragraphs resume: a line that ends as a sentence does, at some length.
const endsStoryList = (s: string) => /[.!?"”]$/.test(s) && words(s) > 6;

/** The blocks of an article, in order, each with trimmed [start, end) offsets. */
export function findBlocks(text: string, lower = lowerPerChar(text)): Block[] {
  const parts: { start: number; end: number; credit: boolean; blankBefore: boolean; lineEnd: boolean }[] = [];
  for (const line of joinWrapped(text, trimmedLines(text))) {
    const pieces = splitCredits(text, line);
    // (fields spelled out: a spread here cost more than the rest of the loop)
    pieces.forEach((p, i) => parts.push({ start: p.start, end: p.end, credit: p.credit, blankBefore: line.blankBefore && i === 0, lineEnd: i === pieces.length - 1 }));
  }
  // a part's kind depends on whether the next one is a credit, so each is tested once, up front
  const isCredit = parts.map((p) => p.credit || CREDIT_LINE.test(text.slice(p.start, p.end)));
  const blocks: Block[] = [];
  const seen = new FirstByWords(text, lower);
  let storyList = false;
  parts.forEach((part, i) => {
    const s = text.slice(part.start, part.end);
    const nextIsCredit = isCredit[i + 1] === true;
    if (storyList && endsStoryList(s)) storyList = false;
    let kind: BlockKind;
    if (isCredit[i]) kind = 'credit';
    else if (storyList || isFurniture(s)) kind = 'furniture';
    else if (opensStoryList(s)) { kind = 'furniture'; storyList = true; }
    else if (BYLINE.test(s) && words(s) <= 14) kind = 'byline';
    else if (nextIsCredit) kind = 'caption';
    else if (i === 0 && parts.length > 1 && s.length <= 200) kind = 'headline';
    else if (i === 1 && blocks[0]?.kind === 'headline' && isDek(text, s, parts.slice(i + 1, i + 3))) kind = 'dek';
    else if (isHeadingLike(s) && i > 0 && (part.blankBefore || blocks[blocks.length - 1]?.kind !== 'paragraph')) kind = 'heading';
    else kind = 'paragraph';
    const block: Block = { kind, start: part.start, end: part.end };
    // A caption or credit pasted twice points at its first appearance; so does a caption-like
    // line that repeats a caption without its credit.
    const first = seen.firstOrKeep(part.start, part.end, blocks.length);
    if (first !== undefined && (kind === 'caption' || kind === 'credit' || blocks[first]!.kind === 'caption')) {
      if (kind !== 'credit') block.kind = blocks[first]!.kind;
      block.repeatOf = first;
    }
    blocks.push(block);
  });
  return blocks;
}

// A dek is a short second block that is not yet the story: it lacks end punctuation, strings
// statements together with bullets, or is followed by a caption, credit or byline.
function isDek(text: string, s: string, following: { start: number; end: number; credit: boolean }[]): boolean {
  if (s.length > 320 || following.length === 0) return false;
  if (/\s[•|]\s/.test(s) || !/[.!?"”]$/.test(s)) return true;
  return following.some((p) => p.credit || CREDIT_LINE.test(text.slice(p.start, p.end)) || BYLINE.test(text.slice(p.start, p.end)));
}
