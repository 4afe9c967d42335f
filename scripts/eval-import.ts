// Import fidelity on the shared Readability corpus, page by page.   npm run eval:import
// (npm run eval:import -- NAME... scores only the pages named)
import { closeDocumentWorkers } from '../lib/import';
import { buildWorkers } from '../lib/workers/build';
import { corpusPages, scorePages, summary } from './import-fidelity';

async function main(): Promise<void> {
  buildWorkers();
  const only = process.argv.slice(2);
  const pages = corpusPages(only.length ? (name) => only.includes(name) : undefined);
  if (!pages.length) throw new Error('No pages found in ../shared/data/web-pages/readability');
  const scores = await scorePages(pages);
  const mark = (ok: boolean) => (ok ? 'ok ' : 'XX ');
  console.log('page                                      F1 url  F1 html  title byline date');
  for (const s of scores) {
    console.log(`${s.name.padEnd(42)}${s.f1Url.toFixed(3).padStart(6)}  ${s.f1Html.toFixed(3).padStart(7)}  ${mark(s.title.ok)}   ${mark(s.byline.ok)}    ${mark(s.date.ok)}`);
    if (s.error) console.log(`    import failed: ${s.error}`);
    if (!s.title.ok) console.log(`    title:  ${JSON.stringify(s.title.got)}  expected ${JSON.stringify(pages.find((p) => p.name === s.name)!.title)}`);
    if (!s.byline.ok) console.log(`    byline: ${JSON.stringify(s.byline.got)}  expected ${JSON.stringify(pages.find((p) => p.name === s.name)!.byline)}`);
    if (!s.date.ok) console.log(`    date:   ${JSON.stringify(s.date.got)}  expected ${JSON.stringify(pages.find((p) => p.name === s.name)!.publishedTime)}`);
    for (const w of s.warnings) console.log(`    warning: ${w}`);
    for (const n of s.notes) console.log(`    note: ${n}`);
  }
  console.log(`\n${summary(scores)}`);
  await closeDocumentWorkers();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
