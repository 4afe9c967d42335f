// Canonical text, the one form every importer's body ends in: offsets into it are what
// claims anchor to, so the same words must always come out as the same string.
import { cleanText } from '@/lib/text/clean-text';
import { ImportError, MAX_BODY_CHARS } from './errors';
import { extractLinks } from './links';
import type { ImportedArticle } from './types';

// Invisible characters that only get in the way of search and anchoring: zero-width space,
// word joiner, BOM, Mongolian vowel separator, soft hyphen, and the bidi embeddings,
// overrides and isolates that can make text display differently from what it says.
// Kept on purpose: ZWJ/ZWNJ (emoji sequences, Persian and Indic scripts) and LRM/RLM
// (meaningful in Arabic and Hebrew copy).
const INVISIBLE = /[\u200B\u2060\uFEFF\u180E\u00AD\u202A-\u202E\u2066-\u2069]/g;
// C0 and C1 control characters except tab and line feed (line breaks are mapped first).
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Half a surrogate pair is not a character; the article store drops it (lib/text/clean-text.ts),
// so it goes here, before any offset is counted.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Normalises text to canonical form without dropping any visible content: line ends to
 * `\n`, invisible and control characters removed, NFC, each line trimmed, runs of blank
 * lines collapsed to one. Single line breaks inside a block are kept as they are.
 */
export function canonicalText(input: string, options: { keepIndent?: boolean } = {}): string {
  // Unpaired surrogate halves (and NUL) are not characters: they cannot be stored or exported as UTF-8.
  const text = cleanText(input)
    .replace(/\r\n?|\u0085|\u2028|\f|\v/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(LONE_SURROGATE, '')
    .normalize('NFC');
  const lines = text
    .split('\n')
    .map((line) => (options.keepIndent ? line.trimEnd() : line.trim()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return trimNewlines(lines);
}

/** Line breaks off both ends (by index: a pattern for the trailing run backtracks on long runs). */
function trimNewlines(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && text[a] === '\n') a++;
  while (b > a && text[b - 1] === '\n') b--;
  return text.slice(a, b);
}

/** One line of metadata (a title, a byline): whitespace collapsed, clipped to `max` characters. */
export function metaLine(value: string | null | undefined, max = 300): string | null {
  if (value == null) return null;
  const line = canonicalText(value).replace(/\s+/g, ' ').trim();
  if (!line) return null;
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** The first non-empty line, when it is short enough to be a headline. */
export function firstLineTitle(body: string): string | null {
  const first = body.split('\n').find((line) => line.trim());
  return first && first.length <= 200 ? metaLine(first) : null;
}

/** Splits canonical text into its paragraphs (blocks separated by a blank line). */
export function paragraphs(body: string): string[] {
  return body ? body.split('\n\n') : [];
}

// Limits the rest of the app validates (lib/articles/create-article.ts): metadata is
// clipped here so a long og:description never fails an import.
const LIMITS = { title: 300, dek: 1_000, byline: 300, publication: 200, publishedAt: 100, fileName: 255 } as const;

/**
 * The last step of every importer: makes the body canonical, turns its link markers into
 * offsets (`urls` are the targets the markers index), checks it and clips the metadata.
 */
export function finishArticle(article: ImportedArticle, source: string, urls: readonly string[] = []): ImportedArticle {
  const { text: body, links } = extractLinks(canonicalText(article.body), urls);
  if (!body) throw new ImportError('empty', `${source} has no article text to check.`);
  if (body.length > MAX_BODY_CHARS) {
    throw new ImportError(
      'too_large',
      `${source} is too long: ${body.length.toLocaleString('en')} characters, and the limit is ${MAX_BODY_CHARS.toLocaleString('en')}. Split it into parts.`,
    );
  }
  return {
    ...article,
    body,
    links: [...article.links, ...links],
    title: metaLine(article.title, LIMITS.title),
    dek: metaLine(article.dek, LIMITS.dek),
    byline: metaLine(article.byline, LIMITS.byline),
    publication: metaLine(article.publication, LIMITS.publication),
    publishedAt: metaLine(article.publishedAt, LIMITS.publishedAt),
    fileName: metaLine(article.fileName, LIMITS.fileName),
  };
}

/** How the person importing would name what they gave us, for error messages. */
export function describeSource(fileName: string | null | undefined, fallback: string): string {
  const name = metaLine(fileName, 80);
  return name ? `“${name}”` : fallback;
}
