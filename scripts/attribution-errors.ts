// Development aid: claim-level source precision and recall on a PolNeAR split, and on the TRAIN
// split the claims whose named source is wrong, with the gold sources and cues they overlap.
// Dev is for reporting only (../shared/README.md): on dev this prints the figures, never errors.
//   npx tsx scripts/attribution-errors.ts [train|dev] [errors.tsv] [--all]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extract } from '../lib/extraction';
import { addClaimSources, emptyClaimSourceCounts, parseBrat } from '../lib/extraction/polnear';

const split = process.argv[2] ?? 'train';
const out = process.argv[3];
const all = process.argv.includes('--all');
if (split !== 'train' && out) throw new Error('errors are listed on train only: dev is for reporting');
const dir = path.resolve('../shared/data/attribution', `polnear-${split}`);
const anns = readdirSync(path.join(dir, 'attributions')).sort();
const total = emptyClaimSourceCounts();
const wrong: string[] = [];
const flat = (s: string) => s.replace(/\s+/g, ' ');
for (const file of readdirSync(path.join(dir, 'text')).sort()) {
  // several annotators for some articles: the first file name in sort order, as the eval does
  const ann = anns.find((a) => a.startsWith(file.replace(/\.txt$/, '') + '_'));
  if (!ann) continue;
  const text = readFileSync(path.join(dir, 'text', file), 'utf8');
  const gold = parseBrat(readFileSync(path.join(dir, 'attributions', ann), 'utf8'));
  const ex = extract(text);
  addClaimSources(total, text, ex, gold);
  if (!out) continue;
  for (const c of ex.claims) {
    const one = emptyClaimSourceCounts();
    addClaimSources(one, text, { ...ex, claims: [c] }, gold);
    // every claim that names a source, right or wrong (`--all`), or only the wrong ones
    if (!one.withSource || (one.right && !all)) continue;
    const a = c.attribution!;
    const at = a.sourceSpan ?? a.mentionSpan;
    const golds = gold
      .filter((g) => g.source.length && g.content.some(([x, y]) => x < c.end && c.start < y))
      .map((g) => `${g.source.map(([x, y]) => text.slice(x, y)).join(' ')}|${g.cue.map(([x, y]) => text.slice(x, y)).join(' ')}`);
    const before = at ? flat(text.slice(Math.max(c.start, at[0] - 40), at[0])).split(' ').slice(-3).join(' ') : '';
    wrong.push([one.right ? 'right' : 'wrong', file, flat(a.source), at ? flat(text.slice(...at)) : '', before, a.cueSpan ? text.slice(...a.cueSpan) : '', flat(golds.join(' ; ')), flat(text.slice(c.start, c.end)).slice(0, 220)].join('\t'));
  }
}
const pct = (x: number, y: number) => (y ? (100 * x) / y : 0).toFixed(1);
console.log(`PolNeAR ${split}, claim level: P ${pct(total.right, total.withSource)} (${total.right}/${total.withSource})  R ${pct(total.found, total.goldAttributed)} (${total.found}/${total.goldAttributed})`);
if (out) writeFileSync(out, 'verdict\tfile\tsource\tmention\twords before it\tcue\tgold source|cue\tclaim\n' + wrong.join('\n') + '\n');
