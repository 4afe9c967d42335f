// Tunes and checks "checked before?": scores every hand-written pair (lib/matching/pairs.ts),
// sweeps the threshold on the tuning pairs and reports precision, recall and F1 there and on
// the held-out pairs at the threshold in use. Run: npx tsx bench/matching-threshold.ts
import { claimFeatures, indexTokens } from '@/lib/matching/features';
import { HELD_OUT_PAIRS, TUNING_PAIRS, type Pair } from '@/lib/matching/pairs';
import { idfWeight, MATCH_THRESHOLD, matchScore } from '@/lib/matching/similarity';

// Word rarity from the pairs' own claims, as the archive's index would give it.
const docs = [...TUNING_PAIRS, ...HELD_OUT_PAIRS].flatMap((p) => [p.a.text, p.b.text]);
const df = new Map<string, number>();
for (const d of docs) for (const t of new Set(indexTokens(d))) df.set(t, (df.get(t) ?? 0) + 1);
const weight = idfWeight((w) => df.get(w) ?? 0, docs.length);

function score(p: Pair) {
  return matchScore(claimFeatures(p.a.text, p.a.attribution), claimFeatures(p.b.text, p.b.attribution), weight);
}

function measure(pairs: Pair[], threshold: number) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const p of pairs) {
    const yes = score(p).score >= threshold;
    if (yes && p.same) tp++; else if (yes) fp++; else if (p.same) fn++; else tn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { tp, fp, fn, tn, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

const fmt = (m: ReturnType<typeof measure>) => `P ${m.precision.toFixed(2)} R ${m.recall.toFixed(2)} F1 ${m.f1.toFixed(2)} (tp ${m.tp} fp ${m.fp} fn ${m.fn} tn ${m.tn})`;

console.log('threshold sweep on the tuning pairs:');
for (let t = 0.3; t <= 0.801; t += 0.05) console.log(`  ${t.toFixed(2)}  ${fmt(measure(TUNING_PAIRS, t))}`);
console.log(`\nat MATCH_THRESHOLD ${MATCH_THRESHOLD}:`);
console.log(`  tuning   (${TUNING_PAIRS.length} pairs) ${fmt(measure(TUNING_PAIRS, MATCH_THRESHOLD))}`);
console.log(`  held-out (${HELD_OUT_PAIRS.length} pairs) ${fmt(measure(HELD_OUT_PAIRS, MATCH_THRESHOLD))}`);
if (process.argv.includes('--verbose')) {
  for (const p of [...TUNING_PAIRS, ...HELD_OUT_PAIRS]) {
    const s = score(p);
    const wrong = (s.score >= MATCH_THRESHOLD) !== p.same;
    console.log(`${wrong ? '✗' : ' '} ${s.score.toFixed(2)} fig ${s.figures.toFixed(2)} act ${s.actors.toFixed(2)} words ${s.words.toFixed(2)} ${p.same ? 'same' : 'diff'}: ${p.why}`);
  }
}
