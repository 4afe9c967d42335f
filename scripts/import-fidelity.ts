// Import fidelity on the shared Readability corpus: each page is served from a loopback
// server and imported by URL (and as pasted HTML); title, byline, date and body text are
// compared with the page's expected files. Used by `npm run eval:import`, by
// `npm run eval:extraction` (summary) and by the corpus unit test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { closeDocumentWorkers, importFromUrl, importHtml, type ImportedArticle } from '../lib/import';
import { buildWorkers } from '../lib/workers/build';
import { htmlBlocks } from '../lib/import/html-to-text';

export const CORPUS = path.resolve(process.cwd(), '../shared/data/web-pages/readability');

export interface ExpectedPage {
  name: string;
  source: string;
  text: string;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
  /** Set where the expected value is clearly wrong; the reason is printed beside the score. */
  corrected: Partial<Record<'title' | 'byline' | 'date', { value: string | null; why: string }>>;
}

/**
 * Where Readability's expected metadata is clearly wrong, the value a careful reader takes
 * from the page, and why. The expected files are a floor, not the truth; every correction
 * is printed with the figures so it can be checked.
 */
const noDate = (value: string, where: string) => ({ date: { value, why: `expected has no date; the page gives ${value} (${where})` } });

export const CORRECTIONS: Record<string, ExpectedPage['corrected']> = {
  '001': noDate('2013-09-29', '<time itemprop="datePublished"> under the title'),
  '002': noDate('2015-03-10T08:05:41-07:00', '<abbr class="published"> of the post'),
  'cnet-svg-classes': noDate('2017-12-01T03:00:00-08:00', 'itemprop="datePublished"'),
  'gmw': noDate('2017-03-10', 'meta publishdate, and "2017-03-10 09:58" under the title'),
  'youth': noDate('2017-03-10', 'meta publishdate, and 发稿时间 "2017-03-10 08:42:00" under the title'),
  'ietf-1': {
    ...noDate('2014-12-15', 'meta DC.Date.Issued'),
    byline: { value: 'Kooman, F.; Jong, Michiel de', why: 'the draft has two DC.Creator authors; expected keeps only the last' },
  },
  'links-in-tables': { byline: { value: 'Android Developers', why: 'expected has no byline; the post\'s itemprop=author is "Android Developers"' } },
  'simplyfound-1': { byline: { value: 'Joe Wee', why: 'expected has no byline; the post is "by Joe Wee" (author link, and og:site_name "SIMPLYFOUND.COM | BY: JOE WEE")' } },
  'yahoo-4': { byline: { value: null, why: 'expected byline "個人" ("individual") is a navigation label, not a name' } },
  'bug-1255978': { title: { value: "The seven secrets that hotel owners don't want you to know", why: 'the headline printed on the page (h1, and <title>) has "The"; expected takes og:title\'s shorter social variant' } },
  'videos-1': { title: { value: 'The 21 best movies of 2017', why: 'the headline printed on the page (h1, and og:title) is "The 21 best movies of 2017"; expected takes the JSON-LD/<title> SEO variant' } },
  'spiceworks': { byline: { value: null, why: 'expected byline is the "Last Updated: January 7, 2025" line, not a name' } },
  'royal-road': { byline: { value: 'Sleyca', why: 'expected byline is the "Follow Author" button label; the author link says Sleyca' } },
  'yahoo-3': {
    byline: { value: 'Gillian Mohney', why: 'expected byline has the timestamp glued on' },
    date: { value: '2015-03-11T19:46:14Z', why: 'expected has no date; the article\'s itemprop=datePublished (shown as "March 11, 2015 3:46 PM") is on the page' },
  },
  'webmd-2': { byline: { value: 'Kelli Miller', why: 'expected byline has "WebMD Health News" glued on' } },
  'wordpress': { byline: { value: 'Sarah Gooding', why: 'expected has no byline; the post\'s itemprop=author names Sarah Gooding' } },
  'google-sre-book-1': { byline: { value: 'Rob Ewaschuk', why: 'expected joins the editor\'s credit ("Edited by Betsy Beyer") to the author' } },
  'archive-of-our-own': { byline: { value: 'AMournfulHowlInTheNight', why: 'expected byline is the fandom name ("Boku no Hero Academia"), the author is AMournfulHowlInTheNight' } },
};

function text(html: string): string {
  const { window } = new JSDOM(html);
  try {
    return htmlBlocks(window.document.body).map((b) => b.text).join('\n\n');
  } finally {
    window.close();
  }
}

export function corpusPages(only?: (name: string) => boolean): ExpectedPage[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (!only || only(d.name)))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = path.join(CORPUS, name);
      const meta = JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as Record<string, string | null>;
      return {
        name,
        source: readFileSync(path.join(dir, 'source.html'), 'utf8'),
        text: text(readFileSync(path.join(dir, 'expected.html'), 'utf8')),
        title: meta.title || null,
        byline: meta.byline || null,
        publishedTime: meta.publishedTime || null,
        siteName: meta.siteName || null,
        corrected: CORRECTIONS[name] ?? {},
      };
    });
}

// Han, kana and Hangul are written without spaces: each character counts as a token there.
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}\p{M}]+/gu;

export function tokens(s: string): string[] {
  return s.toLowerCase().match(TOKEN) ?? [];
}

/** Token-multiset F1 of the imported body against the expected text. */
export function tokenF1(got: string, expected: string): number {
  const want = new Map<string, number>();
  const expectedTokens = tokens(expected);
  for (const t of expectedTokens) want.set(t, (want.get(t) ?? 0) + 1);
  const gotTokens = tokens(got);
  let tp = 0;
  for (const t of gotTokens) {
    const n = want.get(t) ?? 0;
    if (n > 0) {
      tp++;
      want.set(t, n - 1);
    }
  }
  if (!gotTokens.length && !expectedTokens.length) return 1;
  const p = gotTokens.length ? tp / gotTokens.length : 0;
  const r = expectedTokens.length ? tp / expectedTokens.length : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

const norm = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const bylineNorm = (s: string | null | undefined) => norm(s).replace(/^by\s+/, '');

/**
 * A title matches when equal, or when the expected one only adds the site's name (the
 * expected siteName, or the publication the page declares) with a separator.
 */
export function titleMatches(got: string | null, page: ExpectedPage, publication?: string | null): { ok: boolean; note?: string } {
  const want = page.corrected.title ? page.corrected.title.value : page.title;
  const [g, w] = [norm(got), norm(want)];
  if (g === w) return { ok: true };
  // The expected title adds a last (or first) part after a separator: the site's name, or its
  // section and name, which the importer takes off on purpose. Counted right, and noted.
  const sites = [page.siteName, publication].map(norm).filter(Boolean);
  if (g && w.length > g.length && (w.startsWith(g) || w.endsWith(g))) {
    const rest = (w.startsWith(g) ? w.slice(g.length) : w.slice(0, w.length - g.length)).trim();
    const name = rest.replace(/^[|\-–—:·_»«/\\\s]+|[|\-–—:·_»«/\\\s]+$/g, '');
    if (name !== rest && (sites.includes(name) || name.split(' ').length <= 10)) return { ok: true, note: `expected title keeps the site's name ("${rest}"), which the import takes off` };
  }
  return { ok: false };
}

export function bylineMatches(got: string | null, page: ExpectedPage): boolean {
  const want = page.corrected.byline ? page.corrected.byline.value : page.byline;
  return bylineNorm(got) === bylineNorm(want);
}

/** Dates match when they name the same instant (both zoned), else the same calendar day. */
export function dateMatches(got: string | null, page: ExpectedPage): boolean {
  const want = page.corrected.date ? page.corrected.date.value : page.publishedTime;
  if (!got || !want) return !got && !want;
  const zoned = (s: string) => /(?:Z|[+-]\d{2}:?\d{2})$/.test(s);
  if (zoned(got) && zoned(want)) return Date.parse(got) === Date.parse(want);
  return got.slice(0, 10) === want.slice(0, 10);
}

export interface PageScore {
  name: string;
  title: { ok: boolean; got: string | null; note?: string };
  byline: { ok: boolean; got: string | null };
  date: { ok: boolean; got: string | null };
  f1Url: number;
  f1Html: number;
  warnings: string[];
  error?: string;
  notes: string[];
}

export function serveCorpus(pages: ExpectedPage[]): Promise<{ base: string; server: Server }> {
  const byName = new Map(pages.map((p) => [p.name, p]));
  const server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').split('/')[1] ?? '');
    const page = byName.get(name);
    // As a plain web server would: the bytes of the file, no charset in the header. One
    // connection a request: an import can outlast the idle timeout of a kept-alive socket.
    if (page) res.writeHead(200, { 'content-type': 'text/html', connection: 'close' }).end(readFileSync(path.join(CORPUS, name, 'source.html')));
    else res.writeHead(404, { connection: 'close' }).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

/**
 * The body as compared with the expected text: the importer puts the headline (and a dek
 * shown above the article) first on purpose, so that claims in them are found; Readability's
 * expected text leaves them out, so they are left out of the comparison too.
 */
export function comparableBody(article: Pick<ImportedArticle, 'body' | 'title' | 'dek'>, expectedText: string): string {
  const paragraphs = article.body.split('\n\n');
  const expected = norm(expectedText);
  let drop = 0;
  for (const added of [article.title, article.dek]) {
    const first = paragraphs[drop];
    if (first && added && !expected.includes(norm(first)) && norm(first) === norm(added)) drop++;
    else break;
  }
  return paragraphs.slice(drop).join('\n\n');
}

function scoreOne(page: ExpectedPage, viaUrl: ImportedArticle, viaHtml: ImportedArticle | null): PageScore {
  const notes = Object.values(page.corrected).map((c) => c.why);
  const title = titleMatches(viaUrl.title, page, viaUrl.publication);
  if (title.note) notes.push(title.note);
  return {
    name: page.name,
    title: { ...title, got: viaUrl.title },
    byline: { ok: bylineMatches(viaUrl.byline, page), got: viaUrl.byline },
    date: { ok: dateMatches(viaUrl.publishedAt, page), got: viaUrl.publishedAt },
    f1Url: tokenF1(comparableBody(viaUrl, page.text), page.text),
    f1Html: viaHtml ? tokenF1(comparableBody(viaHtml, page.text), page.text) : 0,
    warnings: (viaUrl as { warnings?: string[] }).warnings ?? [],
    notes,
  };
}

export async function scorePages(pages: ExpectedPage[]): Promise<PageScore[]> {
  const { base, server } = await serveCorpus(pages);
  const scores: PageScore[] = [];
  try {
    for (const page of pages) {
      try {
        const viaUrl = await importFromUrl(`${base}/${encodeURIComponent(page.name)}/`, { allowPrivateHosts: true });
        const viaHtml = await Promise.resolve()
          .then(() => importHtml(page.source))
          .catch(() => null);
        scores.push(scoreOne(page, viaUrl, viaHtml));
      } catch (error) {
        scores.push({
          name: page.name, title: { ok: false, got: null }, byline: { ok: false, got: null }, date: { ok: false, got: null },
          f1Url: 0, f1Html: 0, warnings: [], notes: [], error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  } finally {
    server.close();
  }
  return scores;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return 0;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function summary(scores: PageScore[]): string {
  const n = scores.length;
  const count = (f: (s: PageScore) => boolean) => scores.filter(f).length;
  const low = scores.filter((s) => s.f1Url < 0.8).map((s) => `${s.name} ${s.f1Url.toFixed(2)}`);
  return [
    `Import fidelity, ${n} pages of the shared Readability corpus (imported by URL from a loopback server):`,
    `  body token F1  median ${median(scores.map((s) => s.f1Url)).toFixed(3)} by URL, ${median(scores.map((s) => s.f1Html)).toFixed(3)} as HTML; min ${Math.min(...scores.map((s) => s.f1Url)).toFixed(3)}; pages below 0.8: ${low.length}${low.length ? ` (${low.join(', ')})` : ''}`,
    `  title right ${count((s) => s.title.ok)}/${n}   byline right ${count((s) => s.byline.ok)}/${n}   date right ${count((s) => s.date.ok)}/${n}   failed imports ${count((s) => !!s.error)}`,
  ].join('\n');
}

/** The summary alone, for `npm run eval:extraction` (per-page figures: `npm run eval:import`). */
export async function printImportFidelitySummary(): Promise<void> {
  buildWorkers();
  const pages = corpusPages();
  if (!pages.length) return console.log('\nImport fidelity: the shared Readability corpus is not there; skipped.');
  console.log(`\n${summary(await scorePages(pages))}`);
  await closeDocumentWorkers();
}
