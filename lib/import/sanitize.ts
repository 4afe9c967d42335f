// The one sanitiser for HTML that came from outside (uploads, pasted HTML, fetched pages,
// Word files): DOMPurify on a jsdom window that never runs scripts or loads resources.
import createDOMPurify, { type Config, type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';

type Purifier = ReturnType<typeof createDOMPurify>;
let shared: { window: JSDOM['window']; purify: Purifier } | null = null;
// Inert documents (no browsing context: nothing in them can run or load), reused because
// creating a jsdom document costs milliseconds. Retired after a few dozen uses: jsdom keeps
// bookkeeping per document that makes each later parse slower (measured: 10x by 1,000 uses).
const freeDocuments: { doc: Document; uses: number }[] = [];
const USES_PER_DOCUMENT = 50;

// Plain article markup only. Anything that runs code, loads a frame, submits data or
// restyles the page goes; so does SVG and MathML, whose parsing quirks are where most
// sanitiser bypasses live.
const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
    'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'template', 'noscript',
    'audio', 'video', 'source', 'track', 'canvas', 'dialog', 'svg', 'math', 'portal',
  ],
  FORBID_ATTR: ['style', 'srcset', 'ping', 'action', 'formaction', 'background', 'poster', 'target'],
  ALLOW_DATA_ATTR: false,
  // http(s), mailto and tel links, and relative ones; no javascript:, data:, vbscript:.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

const URL_ATTRIBUTES = new Set([
  'href', 'src', 'cite', 'longdesc', 'usemap', 'xlink:href', 'action', 'formaction', 'poster',
  'background', 'data', 'codebase', 'manifest', 'icon', 'lowsrc', 'dynsrc', 'itemtype', 'itemid',
]);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** True when a URL attribute's value names a scheme other than http(s), mailto or tel. */
export function hasUnsafeScheme(value: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const squashed = value.replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squashed);
  if (scheme !== null && !SAFE_SCHEMES.has(scheme[1]!)) return true;
  // Character references in an attribute value are decoded by the parser already; a
  // leftover "&#" is a double-encoding trick, and a script scheme after a stray quote or
  // backtick (`javascript:...`) targets old browsers' quirks. No article link needs either.
  return /&#|&colon;|(?:^|[^a-z0-9+.-])(?:javascript|vbscript|livescript|data):/.test(squashed);
}

function instance() {
  if (shared) return shared;
  // A bare window: jsdom runs no scripts and fetches no resources unless told to.
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>');
  const purify = createDOMPurify(window as unknown as WindowLike);
  // Defence in depth beside DOMPurify's own checks: drop event handlers and any URL
  // attribute with a dangerous scheme, whatever the element.
  purify.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element;
    if (!element.attributes) return;
    for (const attr of Array.from(element.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || (URL_ATTRIBUTES.has(name) && hasUnsafeScheme(attr.value))) {
        element.removeAttribute(attr.name);
      }
    }
    if (element.localName === 'a' && element.hasAttribute('href')) {
      element.setAttribute('rel', 'noopener noreferrer nofollow');
    }
  });
  // Parsed once: passing the config to every sanitize() call re-parses it each time.
  purify.setConfig({ ...CONFIG, IN_PLACE: true });
  shared = { window, purify };
  return shared;
}

/**
 * Runs `use` with an inert document holding the parsed HTML (head and body as a browser
 * would build them). The document is reused afterwards: `use` must not keep it.
 */
export function withParsedDocument<T>(html: string, use: (doc: Document) => T): T {
  const { window } = instance();
  const entry = freeDocuments.pop() ?? { doc: window.document.implementation.createHTMLDocument('') as unknown as Document, uses: 0 };
  const { doc } = entry;
  try {
    doc.documentElement.innerHTML = String(html ?? '');
    return use(doc);
  } finally {
    doc.documentElement.innerHTML = '<head></head><body></body>';
    if (++entry.uses < USES_PER_DOCUMENT) freeDocuments.push(entry);
  }
}

/**
 * Runs `use` with the sanitised body of the parsed page, in an inert document that `use` may
 * change (Readability does). `inspect` sees the page as it came, before sanitising, for what
 * only the raw page has (meta tags, JSON-LD). One parse, sanitised in place.
 */
export function withSanitizedBody<T>(html: string, use: (body: HTMLElement) => T, inspect?: (doc: Document) => void): T {
  const { purify } = instance();
  return withParsedDocument(html, (doc) => {
    inspect?.(doc);
    // A <frameset> page has no body; its frames are not article text.
    if (doc.body?.localName !== 'body') {
      doc.body?.remove();
      doc.documentElement.appendChild(doc.createElement('body'));
    }
    purify.sanitize(doc.body);
    return use(doc.body);
  });
}

/** Sanitised HTML: plain article markup with no scripts, event handlers or unsafe URLs. */
export function sanitizeHtml(html: string): string {
  return withSanitizedBody(html, (body) => body.innerHTML);
}
