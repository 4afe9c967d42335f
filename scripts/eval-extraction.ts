// Extraction quality on the shared data: golden sentence rules, attribution on PolNeAR dev,
// check-worthiness F1 on CT24 dev and dev-test (dev-test only ever measured, never trained or tuned on).   npm run eval:extraction
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extract, findAttributions, CHECKWORTHY_THRESHOLD, findBlocks, scoreCheckworthiness, splitSentences, type Span } from '../lib/extraction';
import { addClaimSources, emptyClaimSourceCounts, parseBrat } from '../lib/extraction/polnear';
import { parseCt24 } from '../lib/extraction/ct24';
import { addExact, addOverlap, emptyCounts, f1, type Counts } from '../lib/extraction/metrics';
import { printImportFidelitySummary } from './import-fidelity';

const data = path.resolve(process.cwd(), '../shared/data');
const pct = (x: number) => (x * 100).toFixed(1);
const show = (c: Counts) => { const r = f1(c); return `P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}`; };

function goldenRules(): void {
  const { rules } = JSON.parse(readFileSync(path.join(data, 'sentence-boundaries/golden-rules-en.json'), 'utf8')) as { rules: { id: number; title: string; input: string; expected: string[] }[] };
  const failed = rules.filter((r) => JSON.stringify(splitSentences(r.input).map(([a, b]) => r.input.slice(a, b).trim())) !== JSON.stringify(r.expected));
  console.log(`Golden rules (English): ${rules.length - failed.length}/${rules.length}`);
  for (const r of failed) console.log(`  rule ${r.id} fails (${r.title}): got ${JSON.stringify(splitSentences(r.input).map(([a, b]) => r.input.slice(a, b)))}`);
}

// `--polnear train` measures on the training split instead (for development; report dev)
const polnearSplit = process.argv.includes('--polnear') ? process.argv[process.argv.indexOf('--polnear') + 1]! : 'dev';

function attribution(): void {
  const dir = path.join(data, `attribution/polnear-${polnearSplit}`);
  const anns = readdirSync(path.join(dir, 'attributions')).sort();
  const c = { sourceExact: emptyCounts(), sourceOverlap: emptyCounts(), cueExact: emptyCounts(), cueOverlap: emptyCounts(), contentOverlap: emptyCounts() };
  const claims = emptyClaimSourceCounts();
  const texts = readdirSync(path.join(dir, 'text')).sort();
  for (const file of texts) {
    // several annotators for some articles: take the first file name in sort order
    const ann = anns.find((a) => a.startsWith(file.replace(/\.txt$/, '') + '_'));
    if (!ann) continue;
    const text = readFileSync(path.join(dir, 'text', file), 'utf8');
    const goldAttributions = parseBrat(readFileSync(path.join(dir, 'attributions', ann), 'utf8'));
    const whole = (spans: Span[]): Span[] => (spans.length ? [[spans[0]![0], spans[spans.length - 1]![1]]] : []);
    const gold = {
      Source: goldAttributions.flatMap((g) => whole(g.source)),
      Cue: goldAttributions.flatMap((g) => whole(g.cue)),
      Content: goldAttributions.flatMap((g) => whole(g.content)),
    };
    const blocks = findBlocks(text).map((b, i) => splitSentences(text, b.start, b.end).map((s) => ({ s, i }))).flat();
    const sentences: Span[] = blocks.map(({ s }) => s);
    const found = findAttributions(text, sentences, undefined, blocks.map(({ i }) => i));
    const sources: Span[] = [], cues: Span[] = [], contents: Span[] = [];
    found.forEach((all, i) => {
      for (const a of all) {
        const s = a.sourceSpan ?? a.mentionSpan;
        if (s) sources.push(s);
        if (a.cueSpan) cues.push(a.cueSpan);
      }
      if (all.length) contents.push(sentences[i]!);
    });
    addExact(c.sourceExact, sources, gold.Source);
    addOverlap(c.sourceOverlap, text, sources, gold.Source);
    addExact(c.cueExact, cues, gold.Cue);
    addOverlap(c.cueOverlap, text, cues, gold.Cue);
    addOverlap(c.contentOverlap, text, contents, gold.Content);
    addClaimSources(claims, text, extract(text), goldAttributions);
  }
  console.log(`\nAttribution, PolNeAR ${polnearSplit} (${texts.length} articles, first annotator file per article, every attribution of each sentence):`);
  console.log(`  source  exact    ${show(c.sourceExact)}`);
  console.log(`  source  overlap  ${show(c.sourceOverlap)}`);
  console.log(`  cue     exact    ${show(c.cueExact)}`);
  console.log(`  cue     overlap  ${show(c.cueOverlap)}`);
  console.log(`  content overlap  ${show(c.contentOverlap)}   (gold content vs the attributed sentence)`);
  const cp = claims.withSource ? claims.right / claims.withSource : 0, cr = claims.goldAttributed ? claims.found / claims.goldAttributed : 0;
  console.log(`  claims with a source: ${claims.withSource}; right source: P ${pct(cp)} (strict ${pct(claims.withSource ? claims.rightStrict / claims.withSource : 0)})  R ${pct(cr)} of ${claims.goldAttributed} offered claims with a gold source  F1 ${pct(cp + cr ? (2 * cp * cr) / (cp + cr) : 0)}`);
}

function checkworthiness(): void {
  // The shipped model is trained on CT24 train with its threshold chosen on dev (scripts/train-checkworthiness.ts);
  // dev-test is read only here, to measure it.
  console.log(`\nCheck-worthiness, CT24 English, Yes-class F1 of the trained model at threshold ${CHECKWORTHY_THRESHOLD} (chosen on dev):`);
  for (const split of ['dev', 'dev-test']) {
    const file = path.join(data, `check-worthiness/CT24_checkworthy_english_${split}.tsv`);
    const rows = parseCt24(readFileSync(file, 'utf8'), file);
    const c = emptyCounts();
    const started = performance.now();
    for (const r of rows) {
      const yes = scoreCheckworthiness(r.text) >= CHECKWORTHY_THRESHOLD;
      if (yes) c.predicted++;
      if (r.yes) c.gold++;
      if (yes && r.yes) c.tp++;
    }
    const perSentence = ((performance.now() - started) * 1000) / rows.length;
    console.log(`  ${split.padEnd(8)} ${String(rows.length).padStart(5)} sentences  ${show(c)}   (${perSentence.toFixed(1)} µs a sentence)`);
  }
}

goldenRules();
attribution();
checkworthiness();
void printImportFidelitySummary();
