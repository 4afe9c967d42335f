// Article metadata from a page's head and markup: Open Graph and article: tags, the
// visible headline, dek and byline, and schema.org JSON-LD. Read from the unsanitised
// document (meta tags and JSON-LD are dropped by the sanitiser) but only as text: nothing
// here is ever turned back into HTML.
import { inlineText } from './html-to-text';

export interface PageMetadata {
  title: string | null;
  /** The visible headline (first h1), which the body should start with. */
  headline: string | null;
  dek: string | null;
  byline: string | null;
  publication: string | null;
  publishedAt: string | null;
  canonicalUrl: string | null;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|Report|WebPage|ItemPage)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DEK_SELECTOR = '.dek, .subtitle, .standfirst, .subheadline, .sub-headline, .article-summary, [itemprop="description"]';
const BYLINE_SELECTOR = '.byline, .author, [itemprop="author"], .article-author';

type MetaTags = Map<string, string>;

/** Every <meta> with content, keyed by its lower-cased property, name or itemprop (first wins). */
function metaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function meta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const content = tags.get(key.toLowerCase());
    if (content) return content;
  }
  return null;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value == null ? [] : [value];
}

function jsonLdArticle(doc: Document): Json | null {
  const found: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const source = script.textContent ?? '';
    if (source.length > 500_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue; // Broken JSON-LD is common; the other sources of metadata still apply.
    }
    const queue = asList(data);
    for (let i = 0; i < queue.length && i < 200; i++) {
      const item = queue[i];
      if (!item || typeof item !== 'object') continue;
      const obj = item as Json;
      queue.push(...asList(obj['@graph']));
      if (asList(obj['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(obj);
    }
  }
  // A page often describes itself as a WebPage and its article as a NewsArticle: prefer the article.
  return found.find((o) => asList(o['@type']).some((t) => /Article|BlogPosting/.test(String(t)))) ?? found[0] ?? null;
}

function names(value: unknown): string | null {
  const list = asList(value)
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as Json).name : null))
    .filter((v): v is string => typeof v === 'string' && v.trim().length > 0);
  return list.length ? [...new Set(list.map((s) => s.trim()))].join(', ') : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function isoDate(...values: unknown[]): string | null {
  for (const value of values) {
    const s = str(value);
    if (s && ISO_DATE.test(s)) return s;
  }
  return null;
}

function withoutBy(byline: string | null): string | null {
  return byline ? byline.replace(/^by\s+/i, '').trim() || null : null;
}

function webUrl(value: string | null, base: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The dek shown under the headline: a marked-up subtitle, or an h2 right after the h1. */
function visibleDek(doc: Document, h1: Element | null): string | null {
  const marked = Array.from(doc.querySelectorAll(DEK_SELECTOR)).find((el) => el.localName !== 'meta');
  if (marked) return inlineText(marked);
  const next = h1?.nextElementSibling;
  return next && next.localName === 'h2' ? inlineText(next) : null;
}

function titleWithoutSite(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' : ', ' · ']) {
    const at = title.lastIndexOf(sep);
    if (at > 0 && title.slice(at + sep.length).trim().toLowerCase() === site.toLowerCase()) return title.slice(0, at).trim();
  }
  return title;
}

export function readMetadata(doc: Document, baseUrl?: string): PageMetadata {
  const tags = metaTags(doc);
  const ld = jsonLdArticle(doc);
  const h1 = doc.querySelector('h1');
  const headline = inlineText(h1);
  const publication = meta(tags, 'og:site_name') ?? names(ld?.publisher) ?? meta(tags, 'application-name');
  const docTitle = titleWithoutSite(inlineText(doc.querySelector('head > title') ?? doc.querySelector('title')), publication);
  const authorLinks = Array.from(doc.querySelectorAll('a[rel~="author" i]')).map((a) => inlineText(a)).filter(Boolean);
  const metaAuthor = meta(tags, 'author', 'article:author', 'byl', 'parsely-author');
  const time = doc.querySelector('article time[datetime], time[pubdate][datetime], time[datetime]');
  return {
    title: meta(tags, 'og:title', 'twitter:title') ?? headline ?? str(ld?.headline) ?? docTitle,
    headline,
    // The dek the reader saw comes first: og:description is often an SEO summary that is not on the page.
    dek: visibleDek(doc, h1) ?? meta(tags, 'og:description', 'description', 'twitter:description') ?? str(ld?.description),
    byline: withoutBy(
      (metaAuthor && !/^https?:\/\//i.test(metaAuthor) ? metaAuthor : null) ??
        (authorLinks.length ? [...new Set(authorLinks)].join(', ') : null) ??
        inlineText(doc.querySelector(BYLINE_SELECTOR)) ??
        names(ld?.author),
    ),
    publication,
    publishedAt: isoDate(
      meta(tags, 'article:published_time'),
      meta(tags, 'datePublished'),
      ld?.datePublished,
      time?.getAttribute('datetime'),
      meta(tags, 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'parsely-pub-date', 'sailthru.date'),
    ),
    canonicalUrl:
      webUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null, baseUrl) ??
      webUrl(meta(tags, 'og:url'), baseUrl) ??
      webUrl(str(ld?.url), baseUrl),
  };
}
