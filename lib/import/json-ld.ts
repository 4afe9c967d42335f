// schema.org JSON-LD from a page's <script type="application/ld+json"> blocks: the article
// object (NewsArticle, BlogPosting…) and its fields as plain values. Pages often wrap the JSON
// in a CDATA section or HTML comment for old XHTML parsers; those wrappers are taken off.

export type Json = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:\w*Article|\w*Posting|Report|WebPage|ItemPage)$/;
const MAX_SCRIPT_CHARS = 500_000;

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value == null ? [] : [value];
}

/** The JSON inside a script, without `<![CDATA[ … ]]>` or `<!-- … -->` (with or without `//` before them). */
export function unwrapJsonLd(source: string): string {
  let text = source.trim();
  for (const [open, close] of [['<![CDATA[', ']]>'], ['<!--', '-->']] as const) {
    const start = text.indexOf(open);
    if (start >= 0 && start <= 3 && text.slice(0, start).replace(/\/\//g, '').trim() === '') {
      text = text.slice(start + open.length);
      const end = text.lastIndexOf(close);
      if (end >= 0) text = text.slice(0, end);
      text = text.trim();
      if (text.endsWith('//')) text = text.slice(0, -2).trim();
    }
  }
  return text;
}

function types(obj: Json): string[] {
  return asList(obj['@type']).filter((t): t is string => typeof t === 'string');
}

/** The page's article object: a NewsArticle (or similar) first, else a WebPage. */
export function jsonLdArticle(doc: Document): Json | null {
  const found: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(unwrapJsonLd(source));
    } catch {
      continue; // Broken JSON-LD is common; the other sources of metadata still apply.
    }
    const queue = asList(data);
    for (let i = 0; i < queue.length && i < 200; i++) {
      const item = queue[i];
      if (!item || typeof item !== 'object') continue;
      const obj = item as Json;
      queue.push(...asList(obj['@graph']));
      // A WebPage often holds its article as mainEntity.
      if (obj.mainEntity && typeof obj.mainEntity === 'object') queue.push(...asList(obj.mainEntity));
      if (types(obj).some((t) => ARTICLE_TYPES.test(t))) found.push(obj);
    }
  }
  return found.find((o) => types(o).some((t) => /Article|Posting|Report/.test(t))) ?? found[0] ?? null;
}

export function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Names from a string, a Person/Organization object or a list of them; people before organisations. */
export function names(value: unknown): string | null {
  const entries = asList(value)
    .map((v) => (typeof v === 'string' ? { name: v, person: true } : v && typeof v === 'object' ? { name: (v as Json).name, person: !types(v as Json).includes('Organization') } : null))
    .filter((v): v is { name: string; person: boolean } => !!v && typeof v.name === 'string' && v.name.trim().length > 0 && !/^https?:\/\//i.test(v.name.trim()));
  const people = entries.filter((e) => e.person);
  const chosen = people.length ? people : entries;
  return chosen.length ? [...new Set(chosen.map((e) => e.name.trim()))].join(', ') : null;
}
