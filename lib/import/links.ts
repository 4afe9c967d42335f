// Link targets kept from HTML, Markdown and Word files: a journalist's link is often the
// source of the claim. While the body is being built, each link's text is wrapped in
// markers (Unicode noncharacters, which never occur in interchange text and are stripped
// from what comes in); once the body is canonical, the markers are taken out and their
// positions become offsets into it, so the offsets survive every normalisation on the way.

export interface ArticleLink {
  /** UTF-16 offsets into the canonical body, like every other offset. */
  start: number;
  end: number;
  /** An absolute http(s) address. */
  url: string;
}

const START = '\uFDD0';
const SEP = '\uFDD1';
const END = '\uFDD2';
const MARKERS = /[\uFDD0-\uFDEF]/g;

/** Removes marker characters (and any other noncharacters of their block) from outside text. */
export function withoutMarkers(text: string): string {
  return text.replace(MARKERS, '');
}

/** An absolute http(s) URL for `href` (resolved against `base`), or null for anything else. */
export function webLink(href: string | null | undefined, base?: string | null): string | null {
  const value = href?.trim();
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Collects link targets while text is built; `open`/`close` give the markers to put around the link text. */
export class LinkCollector {
  readonly urls: string[] = [];
  open(url: string): string {
    return `${START}${this.urls.push(url) - 1}${SEP}`;
  }
  close(): string {
    return END;
  }
}

/**
 * Takes the markers out of canonical text and returns the text with its links. Spaces that
 * markers kept apart ("word ␂ link") are collapsed, and a space a marker kept at a line's
 * edge is dropped, so that the text is exactly what it would be without links.
 */
export function extractLinks(marked: string, urls: readonly string[]): { text: string; links: ArticleLink[] } {
  if (!marked.includes(START) && !marked.includes(END)) return { text: marked, links: [] };
  // One character a slot, so that dropping a space is O(1) whatever the text's length.
  const out: string[] = [];
  const last = () => out[out.length - 1];
  const links: ArticleLink[] = [];
  let open: { url: string | undefined; start: number | null } | null = null;
  let crossed = false;
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i]!;
    if (ch === START) {
      const sep = marked.indexOf(SEP, i);
      const index = sep > i && sep - i <= 10 ? Number(marked.slice(i + 1, sep)) : NaN;
      open = { url: urls[index], start: null };
      crossed = true;
      if (sep > i && sep - i <= 10) i = sep;
      continue;
    }
    if (ch === END) {
      if (open?.url && open.start !== null) {
        let end = out.length;
        while (end > open.start && /\s/.test(out[end - 1]!)) end--;
        if (end > open.start) links.push({ start: open.start, end, url: open.url });
      }
      open = null;
      crossed = true;
      continue;
    }
    if (ch >= '\uFDD0' && ch <= '\uFDEF') continue;
    if (ch === ' ' && crossed && (out.length === 0 || last() === ' ' || last() === '\n')) continue;
    if (ch === '\n' && crossed && last() === ' ') out.pop();
    if (open && open.start === null && !/\s/.test(ch)) open.start = out.length;
    out.push(ch);
    if (ch !== ' ') crossed = false;
  }
  if (crossed && last() === ' ') out.pop();
  const text = out.join('');
  return { text, links: links.map((l) => ({ ...l, end: Math.min(l.end, text.length) })).filter((l) => l.end > l.start) };
}
