// Article metadata from a page: title, dek, byline, publication, date and canonical address.
// Read from the page as served (meta tags and JSON-LD are dropped by the sanitiser) once its
// hidden elements are gone, and only as text: nothing here is ever turned back into HTML.
import { nearHeadline, visibleByline } from './byline';
import { normalizeDate } from './dates';
import { inlineText } from './html-to-text';
import { jsonLdArticle, names, str } from './json-ld';

export interface PageMetadata {
  title: string | null;
  /** The visible headline (the article's h1), which the body should start with. */
  headline: string | null;
  /** A dek shown on the page, under the headline; the body should carry it too. */
  visibleDek: string | null;
  /** The article's own description: the visible dek, else a complete meta description. */
  dek: string | null;
  byline: string | null;
  publication: string | null;
  /** ISO 8601 (see dates.ts). */
  publishedAt: string | null;
  canonicalUrl: string | null;
}

const DEK_SELECTOR = '.dek, .deck, .subtitle, .standfirst, .subheadline, .sub-headline, .article-summary, .article-dek, .summary, [itemprop~="description"], [class*="standfirst"], [class*="subhead"]';
// Separators sites put between a title and their name ("Story | Site", "Site – Story", "故事_网站").
const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' : ', ' · ', ' :: ', ' » ', ' / ', '_', '｜'];

type MetaTags = Map<string, string>;

/** Every <meta> with content, keyed by its lower-cased property, name or itemprop (first wins). */
function metaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** Every value of the first of `keys` the page has, in page order (a paper with two authors has two DC.Creator tags). */
function metaAll(doc: Document, ...keys: string[]): string[] {
  const metas = Array.from(doc.getElementsByTagName('meta'));
  for (const key of keys) {
    const values = metas
      .filter((el) => ['property', 'name', 'itemprop'].some((attr) => (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/).includes(key)))
      .map((el) => el.getAttribute('content')?.trim() ?? '')
      .filter((v) => v && !/^https?:\/\//i.test(v));
    if (values.length) return [...new Set(values)];
  }
  return [];
}

function meta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const content = tags.get(key);
    if (content) return content;
  }
  return null;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The title without the site's name at either end, when the name is known. */
export function titleWithoutSite(title: string | null, sites: readonly string[]): string | null {
  if (!title) return null;
  let out = title.trim();
  for (const site of sites.map(norm).filter(Boolean)) {
    for (const sep of SEPARATORS) {
      const lower = out.toLowerCase();
      if (lower.length <= site.length + sep.length) continue;
      if (lower.endsWith(`${sep}${site}`)) out = out.slice(0, out.length - site.length - sep.length).trim();
      else if (lower.startsWith(`${site}${sep}`)) out = out.slice(site.length + sep.length).trim();
    }
  }
  return out || title;
}

/** The labels of the page's host that can name the site ("www.spiceworks.com" gives "spiceworks"). */
function hostLabels(...urls: (string | null | undefined)[]): Set<string> {
  const labels = new Set<string>();
  for (const url of urls) {
    try {
      const parts = new URL(url ?? '').hostname.toLowerCase().split('.');
      for (const label of parts.slice(0, -1)) if (label.length >= 3 && label !== 'www') labels.add(label.replace(/-/g, ''));
    } catch {
      // not an address
    }
  }
  return labels;
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const wordCount = (s: string) => (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(s) ? Math.ceil(s.length / 2) : s.trim().split(/\s+/).length);

/**
 * A title with the site's name taken off: a name the page declares, a part that names the
 * site's host ("… - Spiceworks" on spiceworks.com), and for a <title>, whose last part is
 * nearly always the site or its section, the last part when enough title is left.
 */
export function cleanTitle(title: string | null, sites: readonly string[], labels: Set<string>, fromDocumentTitle: boolean): string | null {
  let out = titleWithoutSite(title, sites);
  if (!out) return null;
  const sep = SEPARATORS.find((x) => out!.includes(x));
  if (!sep) return out;
  const parts = out.split(sep);
  const isSite = (part: string) => {
    const words = part.trim().split(/\s+/);
    return words.length <= 4 && (labels.has(letters(part)) || labels.has(letters(words[0]!)));
  };
  if (parts.length > 1 && isSite(parts[parts.length - 1]!)) parts.pop();
  else if (parts.length > 1 && isSite(parts[0]!)) parts.shift();
  else if (fromDocumentTitle && parts.length > 1 && wordCount(parts.slice(0, -1).join(sep)) >= 3) parts.pop();
  out = parts.join(sep).trim();
  return out || title;
}

/**
 * The page's h1 that heads the article: never one inside a link (a logo); of several, the
 * one the declared title names (pages hide a section name in an h1 of their own).
 */
function articleHeadline(doc: Document, declaredTitle: string | null): Element | null {
  const articles = doc.querySelectorAll('article');
  const scope: ParentNode = articles.length === 1 ? articles[0]! : doc;
  const h1s = Array.from(scope.querySelectorAll('h1')).filter((h) => !h.closest('a, header[role="banner"], nav') && inlineText(h));
  if (h1s.length > 1 && declaredTitle) {
    const title = norm(declaredTitle);
    const named = h1s.find((h) => {
      const text = norm(inlineText(h) ?? '');
      return text.length >= 8 && (title.includes(text) || text.includes(title));
    });
    if (named) return named;
  }
  return h1s[0] ?? null;
}

/** JSON-LD's headline, or its name where a site puts the title there (and a summary in headline). */
function jsonLdTitle(ld: Record<string, unknown> | null, docTitle: string | null): string | null {
  const headline = str(ld?.headline);
  const name = str(ld?.name);
  if (!headline || !name || headline === name || !docTitle) return headline ?? name;
  const overlap = (s: string) => norm(s).split(' ').filter((w) => norm(docTitle).includes(w)).length / norm(s).split(' ').length;
  return overlap(name) > overlap(headline) ? name : headline;
}

/** A dek element that belongs to the headline: after it, in the same article, not in a teaser link. */
function dekNear(doc: Document, h1: Element | null): string | null {
  if (h1) {
    const next = h1.nextElementSibling;
    if (next && (next.localName === 'h2' || next.matches(DEK_SELECTOR))) return inlineText(next);
  }
  const article = h1?.closest('article, main, [role="main"]') ?? (doc.querySelectorAll('article').length === 1 ? doc.querySelector('article') : null);
  if (!article) return null;
  for (const el of Array.from(article.querySelectorAll(DEK_SELECTOR)).slice(0, 10)) {
    if (el.localName === 'meta' || el.closest('a, figure, aside, footer') || el.querySelector('article, h1, h2, h3')) continue;
    if (el.closest('article') !== (h1?.closest('article') ?? el.closest('article'))) continue;
    if (h1 && !(h1.compareDocumentPosition(el) & 4 /* FOLLOWING */)) continue;
    const text = inlineText(el);
    if (text && text.length >= 20 && text.length <= 600) return text;
  }
  return null;
}

/** A meta description is the article's own dek only when complete (not cut off with "…"). */
function completeDescription(value: string | null): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  if (!text || text.length < 20) return null;
  if (/(?:…|\.\.\.|\[…\]|\[\.\.\.\])$/.test(text)) return null;
  return text;
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

/** Names joined for a byline: "; " when a name has a comma of its own ("Jong, Michiel de"). */
const joinNames = (list: string[]) => (list.length ? list.join(list.some((n) => n.includes(',')) ? '; ' : ', ') : null);

export function readMetadata(doc: Document, baseUrl?: string): PageMetadata {
  const tags = metaTags(doc);
  const ld = jsonLdArticle(doc);
  // <title> text is not rendered, so it is read as text rather than as visible blocks.
  const docTitle = (doc.querySelector('head > title') ?? doc.querySelector('title'))?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const declared = meta(tags, 'og:title') ?? jsonLdTitle(ld, docTitle) ?? meta(tags, 'dc:title', 'dcterm:title', 'dc.title', 'twitter:title', 'parsely-title');
  const h1 = articleHeadline(doc, declared ?? docTitle);
  const headline = inlineText(h1);
  const publication = meta(tags, 'og:site_name') ?? names((ld?.publisher as unknown) ?? null) ?? meta(tags, 'application-name');
  const sites = [publication, meta(tags, 'application-name'), meta(tags, 'og:site_name')].filter((s): s is string => !!s);
  const labels = hostLabels(baseUrl, doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), meta(tags, 'og:url'));
  // og:title, then JSON-LD's headline, then the <title>; when they disagree and one of them
  // is the headline printed on the page, that one (og:title is often a social-media variant).
  const candidates = [
    cleanTitle(meta(tags, 'og:title'), sites, labels, false),
    cleanTitle(jsonLdTitle(ld, docTitle), sites, labels, false),
    cleanTitle(meta(tags, 'dc:title', 'dcterm:title', 'dc.title', 'twitter:title', 'parsely-title'), sites, labels, false),
    cleanTitle(docTitle, sites, labels, true),
  ].filter((t): t is string => !!t);
  const printed = headline ? candidates.find((t) => norm(t) === norm(headline)) : undefined;
  const title = printed ?? candidates[0] ?? headline;
  const visibleDek = dekNear(doc, h1);
  const description = completeDescription(str(ld?.description) ?? meta(tags, 'og:description', 'description', 'twitter:description'));
  // A date inside an embedded video's or image's microdata is that object's, not the article's.
  const time = nearHeadline(doc, h1, '[itemprop~="datePublished"][datetime], [itemprop~="datePublished"][content], time[pubdate][datetime], article time[datetime]', (el) => {
    const scope = el.closest('[itemscope][itemtype]');
    return !scope || /Article|Posting|Report|WebPage/i.test(scope.getAttribute('itemtype') ?? '');
  });
  return {
    title,
    headline,
    visibleDek,
    dek: visibleDek ?? description,
    byline:
      names(ld?.author) ??
      joinNames(metaAll(doc, 'dc:creator', 'dc.creator', 'dcterm:creator', 'author', 'parsely-author', 'sailthru.author', 'byl', 'article:author')) ??
      visibleByline(doc, h1) ??
      // twitter:creator is usually an @handle; a plain name there is the author's.
      joinNames(metaAll(doc, 'twitter:creator').filter((n) => !n.startsWith('@'))),
    publication,
    publishedAt:
      [
        ld?.datePublished,
        meta(tags, 'article:published_time', 'og:published_time', 'datepublished'),
        time?.getAttribute('datetime') ?? time?.getAttribute('content'),
        meta(tags, 'parsely-pub-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'date', 'pubdate', 'publishdate', 'publish-date', 'sailthru.date', 'article.published'),
      ]
        .map(normalizeDate)
        .find((d) => d !== null) ?? null,
    canonicalUrl:
      webUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null, baseUrl) ??
      webUrl(meta(tags, 'og:url'), baseUrl) ??
      webUrl(str(ld?.url), baseUrl),
  };
}
