// JSON-LD that is safe to paste into <script type="application/ld+json"> on a public page.
// A "</script>" (or "<!--") inside a statement would end the block and let the rest run as
// HTML, so <, > and & are written as \u003c, \u003e and \u0026: the same JSON to any
// parser, and inert to an HTML one. U+2028/U+2029 are escaped too for old JS parsers.
export function stringifyJsonLd(value: unknown): string {
  return `${JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}\n`;
}
