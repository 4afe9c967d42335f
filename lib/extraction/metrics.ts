// Span scores used by the extraction evaluation: exact match and token overlap, as Citron
// reports them (overlap counts predicted and correct word tokens that coincide).
import type { Span } from './types';

export interface Counts { tp: number; predicted: number; gold: number }
export const emptyCounts = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });

export function f1({ tp, predicted, gold }: Counts): { precision: number; recall: number; f1: number } {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const key = ([a, b]: Span) => `${a}:${b}`;

/** Adds the exact-match counts of one document's spans into `into`. */
export function addExact(into: Counts, predicted: Span[], gold: Span[]): void {
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  into.predicted += predKeys.size;
  into.gold += goldKeys.size;
  for (const k of predKeys) if (goldKeys.has(k)) into.tp += 1;
}

function tokenStarts(text: string, spans: Span[]): Set<number> {
  const out = new Set<number>();
  for (const [a, b] of spans) {
    for (const m of text.slice(a, b).matchAll(/[\p{L}\p{N}]+/gu)) out.add(a + m.index);
  }
  return out;
}

/** Adds token-overlap counts: tp is counted once on each side, as precision and recall differ. */
export function addOverlap(into: Counts & { tpGold?: number }, text: string, predicted: Span[], gold: Span[]): void {
  const p = tokenStarts(text, predicted);
  const g = tokenStarts(text, gold);
  let both = 0;
  for (const t of p) if (g.has(t)) both += 1;
  into.tp += both;
  into.predicted += p.size;
  into.gold += g.size;
}
