// Extraction quality on the shared data: golden sentence rules, attribution on PolNeAR dev,
// check-worthiness F1 on CT24 dev and dev-test.   npm run eval:extraction
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { findAttributions, CHECKWORTHY_THRESHOLD, findBlocks, scoreCheckworthiness, splitSentences, type Span } from '../lib/extraction';
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

function attribution(): void {
  const dir = path.join(data, 'attribution/polnear-dev');
  const anns = readdirSync(path.join(dir, 'attributions')).sort();
  const c = { sourceExact: emptyCounts(), sourceOverlap: emptyCounts(), cueExact: emptyCounts(), cueOverlap: emptyCounts(), contentOverlap: emptyCounts() };
  const texts = readdirSync(path.join(dir, 'text')).sort();
  for (const file of texts) {
    // several annotators for some articles: take the first file name in sort order
    const ann = anns.find((a) => a.startsWith(file.replace(/\.txt$/, '') + '_'));
    if (!ann) continue;
    const text = readFileSync(path.join(dir, 'text', file), 'utf8');
    const gold: Record<string, Span[]> = { Source: [], Cue: [], Content: [] };
    for (const line of readFileSync(path.join(dir, 'attributions', ann), 'utf8').split('\n')) {
      const m = /^T\d+\t(Source|Cue|Content) ([\d ;]+)\t/.exec(line);
      if (!m) continue;
      const frags = m[2]!.split(';').map((f) => f.trim().split(' ').map(Number));
      gold[m[1]!]!.push([frags[0]![0]!, frags[frags.length - 1]![1]!]);
    }
    const sentences: Span[] = findBlocks(text).flatMap((b) => splitSentences(text, b.start, b.end));
    const found = findAttributions(text, sentences);
    const sources: Span[] = [], cues: Span[] = [], contents: Span[] = [];
    found.forEach((all, i) => {
      for (const a of all) {
        const s = a.sourceSpan ?? a.mentionSpan;
        if (s) sources.push(s);
        if (a.cueSpan) cues.push(a.cueSpan);
      }
      if (all.length) contents.push(sentences[i]!);
    });
    addExact(c.sourceExact, sources, gold.Source!);
    addOverlap(c.sourceOverlap, text, sources, gold.Source!);
    addExact(c.cueExact, cues, gold.Cue!);
    addOverlap(c.cueOverlap, text, cues, gold.Cue!);
    addOverlap(c.contentOverlap, text, contents, gold.Content!);
  }
  console.log(`\nAttribution, PolNeAR dev (${texts.length} articles, first annotator file per article, every attribution of each sentence):`);
  console.log(`  source  exact    ${show(c.sourceExact)}`);
  console.log(`  source  overlap  ${show(c.sourceOverlap)}`);
  console.log(`  cue     exact    ${show(c.cueExact)}`);
  console.log(`  cue     overlap  ${show(c.cueOverlap)}`);
  console.log(`  content overlap  ${show(c.contentOverlap)}   (gold content vs the attributed sentence)`);
}

function checkworthiness(): void {
  // The shipped model's weights and threshold are set by hand; CT24 only measures them here.
  console.log(`\nCheck-worthiness, CT24 English, Yes-class F1 of the hand-set model at threshold ${CHECKWORTHY_THRESHOLD} (set by hand, not chosen on dev):`);
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
