// Every hostile HTML case we have goes through the sanitiser and the whole HTML import:
// nothing that can run may come out, and nothing may throw but a clean ImportError.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ImportError } from './errors';
import { importHtml } from './html';
import { sanitizeHtml } from './sanitize';

const DATA = '../../../shared/data/hostile-input/';
const read = (name: string) => readFileSync(fileURLToPath(new URL(DATA + name, import.meta.url)), 'utf8');

interface DompurifyFixtures {
  fixtures: { title: string; payload: string; expected: string | string[] }[];
}
const dompurifyCases = (JSON.parse(read('dompurify_expect.json')) as DompurifyFixtures).fixtures;
const payloads = read('payloadbox_xss-payload-list.txt').split('\n').filter((line) => line.trim());

// The test's own window, separate from the sanitiser's, to look at what came out: the output
// is parsed into a <div> of an inert document, as a page would parse it into its body.
const { window } = new JSDOM('');
let holder = window.document.implementation.createHTMLDocument('').createElement('div');
let holderUses = 0;
const URL_ATTRIBUTES = /^(?:href|src|action|formaction|xlink:href|poster|background|data|codebase|cite|longdesc|srcset|ping|lowsrc|dynsrc)$/i;
const SAFE_SCHEME = /^(?:https?|mailto|tel)$/;
const DANGEROUS_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'frame', 'frameset', 'form', 'base', 'meta', 'link', 'svg', 'math']);

function schemeOf(value: string): string | null {
  const m = /^([a-z][a-z0-9+.-]*):/.exec(value.replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase());
  return m ? m[1]! : null;
}

/** What is wrong with sanitised HTML, read back as a browser would parse it; empty when safe. */
function problems(html: string): string[] {
  const found: string[] = [];
  // String checks on the serialised form: every attribute is ` name="value"` with quotes escaped.
  if (/<script/i.test(html)) found.push('<script in output');
  const tags = html.match(/<[a-z][^\s/>]*(?:\s+[^\s=/>]+(?:="[^"]*")?)*\s*\/?>/gi) ?? [];
  for (const tag of tags) {
    const names = tag.replace(/="[^"]*"/g, '').split(/\s+/).slice(1);
    if (names.some((n) => /^on/i.test(n))) found.push(`event handler in ${tag}`);
    for (const [, name, value] of tag.matchAll(/\s([^\s=/>]+)="([^"]*)"/g)) {
      if (URL_ATTRIBUTES.test(name!) && /(?:^|[^a-z0-9+.-])(?:javascript|vbscript|data):/i.test(value!.replace(/&amp;/g, '&').replace(/\s/g, ''))) found.push(`unsafe url in ${tag}`);
    }
  }
  // DOM checks: parse the output and walk every element, template contents included.
  // A fresh document now and then: jsdom slows down on a document parsed into many times.
  if (++holderUses % 50 === 0) holder = window.document.implementation.createHTMLDocument('').createElement('div');
  holder.innerHTML = html;
  const roots: ParentNode[] = [holder];
  while (roots.length) {
    const root = roots.pop()!;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const tag = el.localName.toLowerCase();
      if (DANGEROUS_TAGS.has(tag)) found.push(`<${tag}> element`);
      if (tag === 'template') roots.push((el as HTMLTemplateElement).content);
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${attr.name} on <${tag}>`);
        if (attr.name === 'style') found.push(`style on <${tag}>`);
        const scheme = URL_ATTRIBUTES.test(attr.name) ? schemeOf(attr.value) : null;
        if (scheme && !SAFE_SCHEME.test(scheme)) found.push(`${scheme}: URL in ${attr.name} on <${tag}>`);
      }
    }
  }
  return found;
}

/** Sanitises and imports one payload; returns what is wrong (nothing, when all is well). */
function check(payload: string, wrap: (p: string) => string = (p) => p): string[] {
  const html = wrap(payload);
  const sanitized = sanitizeHtml(html);
  const found = problems(sanitized);
  try {
    const article = importHtml(html);
    // The import keeps exactly what the sanitiser gives: one code path, checked once.
    if (article.originalHtml !== (sanitized.trim() ? sanitized : null)) found.push('originalHtml differs from sanitizeHtml');
  } catch (error) {
    if (!(error instanceof ImportError && error.code === 'empty')) found.push(`threw ${String(error)}`);
  }
  return found;
}

function failures(inputs: readonly string[], wrap?: (p: string) => string): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const found = check(input, wrap);
    if (found.length) out.push(`${input.slice(0, 120)} → ${found.join('; ')}`);
  }
  return out;
}

const CHUNK = 1_000;
const chunks = Array.from({ length: Math.ceil(payloads.length / CHUNK) }, (_, i) => [i * CHUNK, Math.min(payloads.length, (i + 1) * CHUNK)] as const);

describe('hostile input', () => {
  it('has the data it expects', () => {
    expect(dompurifyCases).toHaveLength(223);
    expect(payloads.length).toBeGreaterThanOrEqual(6_600);
    expect(dompurifyCases.every((c) => typeof c.payload === 'string')).toBe(true);
  });

  it('the checker itself catches what it must', () => {
    expect(problems('<a href="javascript:alert(1)">x</a>')).not.toEqual([]);
    expect(problems('<a href=" jav&#x09;ascript:alert(1)">x</a>')).not.toEqual([]);
    expect(problems('<img src="x" onerror="alert(1)">')).not.toEqual([]);
    expect(problems('<p>x</p><script>1</script>')).not.toEqual([]);
    expect(problems('<template><img src=x onerror=alert(1)></template>')).not.toEqual([]);
    expect(problems('<p title="onclick=x">javascript:alert(1) is only text</p>')).toEqual([]);
  });

  it('sanitizeHtml and importHtml leave nothing that runs in the 223 DOMPurify cases', () => {
    expect(failures(dompurifyCases.map((c) => c.payload))).toEqual([]);
  });

  // In chunks, so that each stays well inside the per-test timeout on a busy machine.
  it.each(chunks)('sanitizeHtml and importHtml leave nothing that runs in XSS payloads %i–%i', (from, to) => {
    expect(failures(payloads.slice(from, to))).toEqual([]);
  });

  it('payloads inside a full article page go through Readability safely', () => {
    const page = (payload: string) =>
      `<html><head><title>T</title></head><body><header><nav><a href="/">Home</a></nav></header><article><h1>Headline</h1>` +
      `<p>${'A long enough paragraph of article text, so the page reads as an article. '.repeat(4)}</p><p>${payload}</p>` +
      `<p>${'Another paragraph of the article with enough words to count for something. '.repeat(3)}</p></article><footer>f</footer></body></html>`;
    const sample = payloads.filter((_, i) => i % 40 === 0).concat(dompurifyCases.map((c) => c.payload));
    expect(failures(sample, page)).toEqual([]);
  });
});
