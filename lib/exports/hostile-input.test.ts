// XSS payloads in every user-provided field, rendered as html and report and opened in headless
// Chromium with JavaScript on: no dialog, no request beyond the document, no script element,
// no event-handler attribute, no javascript: URL, and the payload visible as text.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from './styles';
import { renderExport } from './index';
import { buildFixtureArticle, FIXTURE_NOW, REVIEWER, spanOf } from './test-fixture';
import type { ExportArticle, ExportClaim } from './types';

const PAYLOADS = readFileSync(path.resolve(process.cwd(), '../shared/data/hostile-input/payloadbox_xss-payload-list.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

const NASTIEST = [
  '</style><script>alert("style")</script>',
  '</title><script>alert("title")</script>',
  '<svg onload=alert(1)>',
  '"><img src=x onerror=alert(1)>',
  "'><img src=x onerror=alert(1)>",
  '<!--',
  ']]><script>alert(1)</script>',
  '<div style="width: expression(alert(1))">x</div>',
  '<a href="javascript:alert(1)">click</a>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '<style>@import "https://evil.example/a.css"; body{background:url(https://evil.example/b.png)}</style>',
  '<iframe src="https://evil.example/"></iframe>',
];

/** A few hundred payloads (every 20th line) plus the nastiest, in fixed order. */
const SAMPLE = [...NASTIEST, ...PAYLOADS.filter((_, i) => i % 20 === 0)];
const pick = (i: number) => SAMPLE[i % SAMPLE.length];

function hostileArticle(): ExportArticle {
  const base = buildFixtureArticle();
  const body = SAMPLE.join('\n\n');
  const claims: ExportClaim[] = SAMPLE.slice(0, 60).map((payload, i) => ({
    ...base.claims[i % base.claims.length],
    id: `h${i}`,
    number: i + 1,
    span: spanOf(body, payload),
    otherSpans: [],
    statement: pick(i + 1),
    attribution: pick(i + 2),
    assignee: { ...REVIEWER, name: pick(i + 3) },
    evidence: [
      { ...base.claims[0].evidence[0], url: 'javascript:alert(1)', title: pick(i + 4), note: pick(i + 5), excerpt: pick(i + 6), publisher: pick(i + 7), archiveUrl: 'data:text/html,<script>alert(1)</script>' },
      { ...base.claims[0].evidence[1], url: `https://example.org/?q="><script>alert(${i})</script>`, title: pick(i + 8) },
    ],
    comments: [{ id: `hc${i}`, author: { ...REVIEWER, name: pick(i + 9) }, body: pick(i + 10), createdAt: FIXTURE_NOW }],
    history: [{ at: FIXTURE_NOW, actor: { ...REVIEWER, name: pick(i + 11) }, action: 'claim.updated', before: { statement: pick(i + 12) }, after: { statement: pick(i + 13) } }],
  }));
  return {
    ...base,
    title: '</title><script>alert("title")</script><svg onload=alert(1)>',
    dek: '</style><img src=x onerror=alert(1)>',
    byline: '"><img src=x onerror=alert(2)>',
    publication: '<!--',
    sourceUrl: 'javascript:alert(document.domain)',
    importedBy: { ...base.importedBy, name: ']]><script>alert(1)</script>' },
    body,
    claims,
  };
}

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  dir = mkdtempSync(path.join(tmpdir(), 'claimdesk-exports-'));
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Visit { dialogs: string[]; requests: string[]; dom: { scripts: number; handlers: string[]; jsUrls: string[]; embeds: number; text: string; title: string } }

async function visit(name: string, html: string): Promise<Visit> {
  const file = path.join(dir, name);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ javaScriptEnabled: true });
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(250); // let onload/onerror handlers and timers fire, if any got through
  const dom = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      scripts: document.querySelectorAll('script').length,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
      jsUrls: all.flatMap((el) => [...el.attributes].filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.value) && a.name !== 'content').map((a) => `${el.tagName} ${a.name}=${a.value}`)),
      embeds: document.querySelectorAll('img,svg,iframe,object,embed,link,base,meta[http-equiv="refresh"],math,form,input').length,
      text: document.body.textContent ?? '',
      title: document.title,
    };
  });
  await page.close();
  return { dialogs, requests, dom };
}

const article = hostileArticle();

describe('hostile input in html exports, opened in Chromium', () => {
  it('the harness catches an unescaped payload (positive control)', async () => {
    const v = await visit('control.html', '<!DOCTYPE html><title>x</title><p><img src="https://evil.example/x.png" onerror="alert(1)"></p><script>alert(2)</script>');
    expect(v.dialogs.length).toBeGreaterThan(0);
    expect(v.requests).toContain('https://evil.example/x.png');
    expect(v.dom.scripts).toBe(1);
    expect(v.dom.handlers).toEqual(['IMG onerror']);
  });

  for (const format of ['html', 'report'] as const) {
    it(`${format}: nothing runs, nothing loads, every payload is shown as text`, async () => {
      const html = renderExport(article, format, { now: FIXTURE_NOW }).body;
      // Also open a copy without the CSP: the escaping must hold on its own, not only behind the policy.
      const withoutCsp = html.replace(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`, '');
      expect(withoutCsp).not.toBe(html);
      for (const [name, doc] of [[`${format}.html`, html], [`${format}-no-csp.html`, withoutCsp]]) {
        const v = await visit(name, doc);
        expect({ name, dialogs: v.dialogs, requests: v.requests }).toEqual({ name, dialogs: [], requests: [] });
        expect(v.dom.scripts).toBe(0);
        expect(v.dom.handlers).toEqual([]);
        expect(v.dom.jsUrls).toEqual([]);
        expect(v.dom.embeds).toBe(0);
        expect(v.dom.title.startsWith('</title><script>alert("title")</script>')).toBe(true);
        for (const payload of ['<svg onload=alert(1)>', '"><img src=x onerror=alert(1)>', ']]><script>alert(1)</script>', '<!--', 'expression(alert(1))']) {
          expect(v.dom.text).toContain(payload);
        }
        expect(v.dom.text).toContain('javascript:alert(1)');
        // Verbatim: every sampled payload in the html (it is the body); in the report, the quotes
        // and field values of the 60 claims, which use SAMPLE[0..71]. (History is a sentence: it
        // names the new statement, shortened, not the old one, so SAMPLE[71..72] may be cut.)
        const expected = format === 'html' ? SAMPLE : SAMPLE.slice(0, 71);
        expect(expected.filter((p) => !v.dom.text.includes(p))).toEqual([]);
      }
    });
  }
});

describe('JSON-LD exports pasted into a <script type="application/ld+json"> block', () => {
  for (const format of ['claimreview', 'annotations'] as const) {
    it(`${format}: no payload ends the block; the page runs nothing and the data reads back intact`, async () => {
      const json = renderExport(article, format, { now: FIXTURE_NOW, baseUrl: 'https://desk.example.org' }).body;
      expect(json).not.toMatch(/[<>&]/);
      const page = `<!DOCTYPE html><html><head><title>Fact check</title><script type="application/ld+json">${json}</script></head><body><p>Published fact check.</p></body></html>`;
      const v = await visit(`${format}-embedded.html`, page);
      expect({ dialogs: v.dialogs, requests: v.requests }).toEqual({ dialogs: [], requests: [] });
      expect(v.dom.scripts).toBe(1);
      expect(v.dom.handlers).toEqual([]);
      expect(v.dom.embeds).toBe(0);
      expect(v.dom.text.trim()).toBe('Published fact check.');
      // The escaped JSON is the same data: every statement survives, payloads included.
      const parsed = JSON.parse(json);
      expect(JSON.stringify(parsed)).toContain(JSON.stringify(article.claims[0]!.statement).slice(1, -1));
    });
  }
});
