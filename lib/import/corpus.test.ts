// The page families of the shared Readability corpus that imported badly before issue 10's
// fixes, read from ../shared (never copied here) the way a fetched page is read: bytes,
// no charset from the server, decoded, then imported. The whole corpus is scored by
// `npm run eval:import`; this keeps one page or more of each failing family in the suite.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparableBody, CORPUS, corpusPages, tokenF1 } from '@/scripts/import-fidelity';
import { sniffHtmlCharset } from './decode';
import { tasks } from './document-tasks';

const FAMILIES: Record<string, string[]> = {
  // UTF-8 pages that declare a legacy charset: read as that charset, they became mojibake.
  'mislabelled encoding': ['qq'],
  // Hidden elements (hidden, aria-hidden, display:none, visibility:hidden) were imported.
  'hidden text': ['hidden-nodes', 'visibility-hidden', 'remove-aria-hidden'],
  // Readability's result was thrown away for the whole page (menus, other stories, comments).
  // (bug-1255978, yahoo-3 and pixnet failed the same way; they are scored by eval:import.)
  'Readability result discarded': ['webmd-2', 'mercurial', 'yahoo-4'],
  // jsdom's CSS parser threw on the page's style sheet once styles were read.
  'style sheet the parser rejects': ['lazy-image-2'],
};

const pages = new Map(corpusPages((name) => Object.values(FAMILIES).flat().includes(name)).map((p) => [p.name, p]));

const imported = new Map<string, ReturnType<typeof tasks.page>>();

/** As url.ts reads a fetched page: the charset the page declares, if any, then the page task. */
function importPage(name: string) {
  if (!imported.has(name)) {
    const bytes = new Uint8Array(readFileSync(path.join(CORPUS, name, 'source.html')));
    imported.set(name, tasks.page({ bytes, declaredCharset: sniffHtmlCharset(bytes), kind: 'html', url: `http://fakehost/${name}/` }));
  }
  return imported.get(name)!;
}

describe('pages of the shared corpus that failed before', () => {
  it('are all there', () => {
    expect([...pages.keys()].sort()).toEqual(Object.values(FAMILIES).flat().sort());
  });

  for (const [family, names] of Object.entries(FAMILIES)) {
    it.each(names)(`${family}: %s imports its article text (token F1 ≥ 0.9)`, (name) => {
      const page = pages.get(name)!;
      const article = importPage(name);
      expect(tokenF1(comparableBody(article, page.text), page.text)).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('reads the name in a byline that carried a second line', () => {
    expect(importPage('webmd-2').byline).toBe('Kelli Miller');
  });

  it('says when a page declares one encoding and is written in another', () => {
    expect(importPage('qq').warnings.join(' ')).toMatch(/says it is in GB2312 but is written in UTF-8/);
  });
});
