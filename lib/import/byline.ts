// The byline a reader sees, reduced to the names: "By GILLIAN MOHNEY · March 11, 2015 3:46 PM"
// gives "Gillian Mohney"'s line without the time, "By Kelli Miller / WebMD Health News" its
// first line. Only one byline element is read (the first in the article), so the rel=author
// links of comments and sidebars elsewhere on the page are never joined in.
import { htmlBlocks } from './html-to-text';

const BYLINE_SELECTOR = [
  '[itemprop~="author"]', '[rel~="author"]', '.byline', '.by-line', '.article-byline', '.author', '.article-author', '.post-author',
  '.entry-author', '.author-name', '.p-author', '.writtenby', '[class*="byline"]', '[class*="Byline"]',
].join(', ');
const NAME_INSIDE = '[itemprop~="name"], [rel~="author"], a[href*="/author" i], a[href*="/profile" i], a[href*="/staff" i], a[href*="/people/" i]';
// Where a byline line stops being a name: a separator, an update note, a date or a time.
const SEPARATOR_WORD = /^[|•·—–-]$/;
const NOTE_WORD = /^(?:updated|published|posted|last|on|at)$/i;
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;
const WEEKDAY_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)[.,]?$/i;

/** The words of a byline line up to the first one that is not part of the names. */
function namesPart(text: string): string {
  const words = text.split(' ');
  let end = 0;
  for (; end < words.length; end++) {
    const word = words[end]!;
    const next = words[end + 1] ?? '';
    if (SEPARATOR_WORD.test(word) || /^\d/.test(word)) break;
    // "Joe Wee Monday, 29 February 2016": a weekday before a date ends the names.
    if (WEEKDAY_WORD.test(word) && (word.endsWith(',') || /^\d/.test(next) || MONTH_WORD.test(next))) break;
    if ((NOTE_WORD.test(word) || MONTH_WORD.test(word)) && (/^\d/.test(next) || NOTE_WORD.test(word) && end > 0 && /^(?:updated|published|posted)$/i.test(word))) break;
  }
  return words.slice(0, end).join(' ');
}
const LEADING = /^(?:written\s+by|posted\s+by|reported\s+by|story\s+by|words\s+by|by|von|par|por|di)\s*:?\s+/i;

function firstLine(element: Element): string {
  const text = htmlBlocks(element)
    .map((b) => b.text)
    .join('\n')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /\p{L}/u.test(l) && !/^(?:by|written by|posted by)$/i.test(l));
  return text ?? '';
}

/** A byline line reduced to its names, or null when what is left does not look like names. */
export function bylineName(line: string | null | undefined): string | null {
  if (!line) return null;
  let text = namesPart(line.slice(0, 300).replace(/\s+/g, ' ').trim().replace(LEADING, ''));
  let end = text.length;
  while (end > 0 && ' ,;:|•·—–-'.includes(text[end - 1]!)) end--;
  text = text.slice(0, end);
  if (NOTE_WORD.test(text) || /^(?:updated|published|posted)$/i.test(text)) return null;
  if (text.length < 2 || text.length > 120 || !/\p{L}/u.test(text)) return null;
  if (/^https?:|@|^(?:follow|share|email|contact|subscribe)\b|\b(?:author|authors)$/i.test(text)) return null;
  // A sentence is not a byline: too many words for names and their conjunctions.
  if (text.split(' ').length > 12) return null;
  return text;
}

function nameOf(element: Element): string | null {
  // Structured names inside the byline win over its whole text (which may hold a date).
  const inner = Array.from(element.querySelectorAll(NAME_INSIDE))
    .map((el) => bylineName(firstLine(el)))
    .filter((n): n is string => !!n);
  if (inner.length) return [...new Set(inner)].join(', ');
  return bylineName(firstLine(element));
}

/**
 * The first element matching `selector` near the headline: searched in the headline's
 * parent, then each ancestor in turn, so the article's own byline or date wins over those
 * of other stories, comments and sidebars on the same page.
 */
export function nearHeadline(doc: Document, headline: Element | null, selector: string, accept: (el: Element) => boolean): Element | null {
  // One query over the document; each ancestor then filters it (a query per ancestor costs seconds on big pages).
  const candidates = Array.from(doc.querySelectorAll(selector)).slice(0, 300);
  const verdicts = new Map<Element, boolean>();
  const ok = (el: Element) => {
    if (!verdicts.has(el)) verdicts.set(el, accept(el));
    return verdicts.get(el)!;
  };
  let scope = headline?.parentElement ?? null;
  for (let up = 0; scope && up < 10; up++, scope = scope.parentElement) {
    const within = scope;
    const found = candidates.find((el) => within.contains(el) && ok(el));
    if (found) return found;
  }
  return candidates.find(ok) ?? null;
}

/** The names in the article's byline element (the one nearest the headline), or null. */
export function visibleByline(doc: Document, headline: Element | null): string | null {
  let name: string | null = null;
  nearHeadline(doc, headline, BYLINE_SELECTOR, (element) => {
    // Comment authors, navigation and sign-up forms carry author markup too.
    if (element.closest('nav, form, .comment, .comments, #comments, body > footer')) return false;
    name = nameOf(element);
    return name !== null;
  });
  return name;
}
