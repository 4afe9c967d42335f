// The one sanitiser for HTML that came from outside (uploads, pasted HTML, fetched pages,
// Word files): DOMPurify on a jsdom window that never runs scripts or loads resources.
import createDOMPurify, { type Config, type WindowLike } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import { removeHiddenContent } from './hidden';

type Purifier = ReturnType<typeof createDOMPurify>;

// Windows reused from one document to the next, because creating a jsdom window costs tens
// of milliseconds. A document parsed into a window's own document gets its style sheets
// read (an inert createHTMLDocument() document gets none), which is how hidden text is
// known. Retired after a few dozen uses: jsdom keeps bookkeeping per document that makes
// each later parse slower (measured: 10x by 1,000 uses).
interface PageWindow {
  dom: JSDOM;
  purify: Purifier;
  uses: number;
  inert?: Document;
}
const freeWindows: PageWindow[] = [];
const USES_PER_WINDOW = 50;

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

/** A DOMPurify bound to `window`, with this module's config and hooks (one per window). */
function createPurifier(window: WindowLike): Purifier {
  const purify = createDOMPurify(window);
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
  return purify;
}

function openWindow(): PageWindow {
  // jsdom runs no scripts and fetches no resources unless told to; its complaints about a
  // page's broken CSS are not ours to log.
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { virtualConsole: new VirtualConsole() });
  return { dom, purify: createPurifier(dom.window as unknown as WindowLike), uses: 0 };
}

const purifiers = new WeakMap<object, Purifier>();

/**
 * Sanitises an element and its subtree in place, in whatever inert document it lives.
 */
export function sanitizeInPlace(element: Element): void {
  const doc = element.ownerDocument;
  let purify = purifiers.get(doc) ?? (doc.defaultView ? purifiers.get(doc.defaultView) : undefined);
  if (!purify) {
    if (!doc.defaultView) throw new Error('sanitizeInPlace needs an element of a page document');
    purifiers.set(doc.defaultView, (purify = createPurifier(doc.defaultView as unknown as WindowLike)));
  }
  purify.sanitize(element);
}

function parseInto(doc: Document, html: string): void {
  try {
    doc.documentElement.innerHTML = html;
  } catch {
    // jsdom's CSS parser throws on some style sheets: read the page without them. Style
    // blocks become inert templates, never rendered and never read as text.
    doc.documentElement.innerHTML = html.replace(/<(\/?)style\b/gi, '<$1template');
  }
  // A <frameset> page has no body; its frames are not article text.
  if (doc.body?.localName !== 'body') {
    doc.body?.remove();
    doc.documentElement.appendChild(doc.createElement('body'));
  }
}

/**
 * Runs `use` with the page parsed into a window's document, as served: head, body and style
 * sheets, nothing run or loaded. The document is reused afterwards: `use` must not keep it.
 * Calls may nest (each gets its own window).
 */
export function withPageDocument<T>(html: string, use: (doc: Document) => T): T {
  const entry = freeWindows.pop() ?? openWindow();
  // Style sheets are read only in a window's own document, which costs more to parse into:
  // a page without a <style> block goes into an inert document of the same window.
  const styled = String(html ?? '').toLowerCase().includes('<style');
  const doc = styled ? entry.dom.window.document : (entry.inert ??= entry.dom.window.document.implementation.createHTMLDocument(''));
  purifiers.set(entry.dom.window, entry.purify);
  purifiers.set(doc, entry.purify);
  try {
    parseInto(doc, String(html ?? ''));
    return use(doc);
  } finally {
    doc.documentElement.innerHTML = '<head></head><body></body>';
    if (++entry.uses < USES_PER_WINDOW) freeWindows.push(entry);
    else entry.dom.window.close();
  }
}

/**
 * The sanitised original of a parsed page: what a reader sees (hidden elements removed, see
 * hidden.ts) as plain article markup, with no scripts, event handlers or unsafe URLs.
 * Leaves the page itself as it was.
 */
export function sanitizedOriginal(doc: Document): string {
  const copy = doc.body.cloneNode(true) as HTMLElement;
  sanitizeInPlace(copy);
  return copy.innerHTML;
}

/** Sanitised HTML, exactly as an import keeps it beside the text. */
export function sanitizeHtml(html: string): string {
  return withPageDocument(html, (doc) => {
    removeHiddenContent(doc);
    sanitizeInPlace(doc.body);
    return doc.body.innerHTML;
  });
}
