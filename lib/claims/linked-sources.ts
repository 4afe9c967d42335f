// The links a journalist put inside a claim's own words: often the claim's source, so the
// reviewer is offered them as evidence before searching the web.
import type { ArticleLink } from '@/lib/import/links';

export interface LinkedSource {
  url: string;
  /** The linked words as they stand in the article. */
  text: string;
  /** The site, for the evidence's publisher ("reuters.com"). */
  host: string;
}

/** The host a reader would name: without "www.", "m." or "amp.". Empty for what is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^(www|m|amp)\./, '');
  } catch {
    return '';
  }
}

/**
 * The links that overlap any of the given spans (a claim's passage and its further places), once
 * per address, in reading order.
 * Offsets are the article body's (UTF-16), as every stored offset is.
 */
export function linkedSources(body: string, links: readonly ArticleLink[], spans: readonly (readonly [number, number])[]): LinkedSource[] {
  const seen = new Set<string>();
  const found: LinkedSource[] = [];
  const ordered = [...links].sort((a, b) => a.start - b.start);
  for (const link of ordered) {
    if (seen.has(link.url)) continue;
    if (!spans.some(([start, end]) => link.start < end && start < link.end)) continue;
    seen.add(link.url);
    found.push({ url: link.url, text: body.slice(link.start, link.end).replace(/\s+/g, ' ').trim(), host: hostOf(link.url) });
  }
  return found;
}
