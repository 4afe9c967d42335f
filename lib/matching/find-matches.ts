// "Checked before?" for one claim: a shortlist of checked claims from the FTS index (its
// figures, names and rarest words, ranked by bm25), then each candidate scored by
// ./similarity.ts; those over the threshold, best first.
import 'server-only';
import type { Reader } from '@/lib/claims/queries';
import type { ClaimStatus } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { claimFeatures, indexTokens, stem, type ClaimFeatures } from './features';
import { candidateRows, checkedClaimCount, documentFrequencies, shortlist, verdictDetails, wordCountSource } from './queries';
import { idfWeight, MATCH_THRESHOLD, matchScore } from './similarity';

export const SHORTLIST_SIZE = 20;
export const MAX_MATCHES = 5;
/** Terms in the shortlist's OR-query: figures and names first, then the rarest words. */
const MAX_TERMS = 6;
/**
 * A term in more than this many checked claims says little about which claim it is, and
 * bm25 must rank every claim an OR-term matches: the cap bounds the shortlist's work.
 */
const commonAbove = (documents: number) => Math.max(20, Math.min(500, documents * 0.001));

export interface ClaimToMatch {
  id: string;
  articleId: string;
  statement: string;
  quote: string;
  attributionSource: string | null;
}

export interface Match {
  claimId: string;
  articleId: string;
  articleTitle: string;
  statement: string;
  status: ClaimStatus;
  checkedAt: Date;
  evidenceCount: number;
  score: number;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const textOf = (c: { statement: string; quote: string }) => (c.quote === c.statement ? c.statement : `${c.statement} ${c.quote}`);

/** The figures as they may be written in the index, as token lists: 1582 → [1582] and [1, 582]; "2.5 million" as written. */
function figureTerms(text: string, features: ClaimFeatures): string[][] {
  const terms: string[][] = [];
  for (const [value, weight] of features.figures) {
    if (weight < 1) continue;
    const digits = value.replace('%', '');
    if (!/^\d+$/.test(digits)) continue;
    terms.push([digits]);
    if (digits.length >= 4) terms.push(digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ').split(' '));
  }
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*\s?(?:million|billion|thousand|bn|m|k)?/giu)) {
    const tokens = indexTokens(m[0]);
    if (tokens.length > 1) terms.push(tokens);
  }
  return terms;
}

/** Reads the archive once per batch: the number of checked claims is the same for every claim of an article. */
export function createMatcher(db: Reader, actor: Actor) {
  const documents = checkedClaimCount(db);
  const cap = commonAbove(documents);
  const source = wordCountSource(db, documents);
  // Claims of one article often meet the same earlier claims, and share words: read each once.
  const seen = new Map<string, ClaimFeatures>();
  const counted = new Map<string, number | null>();
  /** The archive's count of each token it has (as documentFrequencies), each asked once per matcher. */
  const frequencies = (tokens: Iterable<string>): Map<string, number> => {
    const wanted = [...new Set(tokens)];
    const unknown = wanted.filter((t) => !counted.has(t));
    const read = documentFrequencies(unknown, source);
    for (const t of unknown) counted.set(t, read.get(t) ?? null);
    const out = new Map<string, number>();
    for (const t of wanted) {
      const n = counted.get(t);
      if (n != null) out.set(t, n);
    }
    return out;
  };
  const featuresOf = (r: { claimId: string; statement: string; quote: string; attribution: string | null }) => {
    let f = seen.get(r.claimId);
    if (!f) seen.set(r.claimId, (f = claimFeatures(textOf(r), r.attribution)));
    return f;
  };

  return function findMatches(claim: ClaimToMatch, limit = MAX_MATCHES): Match[] {
    if (documents === 0) return [];
    const text = textOf(claim);
    const a = claimFeatures(text, claim.attributionSource);
    // Figures first, then names, then the rarest words; each kept only when it is in some
    // checked claim and not in so many that it says nothing (bounding the shortlist's work).
    const words = [...a.tokens].map((t) => [t]);
    const candidates = [...figureTerms(text, a), ...[...a.actors].map((n) => indexTokens(n)), ...words];
    const ownDf = frequencies(candidates.flat());
    const termDf = (tokens: string[]) => Math.min(...tokens.map((t) => ownDf.get(t) ?? 0));
    // A term no checked claim has (df 0) cannot find anything; one in too many finds too much.
    const useful = (tokens: string[]) => tokens.length > 0 && termDf(tokens) > 0 && termDf(tokens) <= cap;
    const figuresAndNames = candidates.slice(0, candidates.length - words.length).filter(useful);
    const rareWords = words.filter(useful).sort((x, y) => termDf(x) - termDf(y));
    const unique = [...new Set([...figuresAndNames, ...rareWords].map((t) => quote(t.join(' '))))].slice(0, MAX_TERMS);
    if (unique.length === 0) return [];
    const rows = candidateRows(actor, shortlist(unique.join(' OR '), SHORTLIST_SIZE), claim.articleId);
    if (rows.length === 0) return [];

    const features = rows.map(featuresOf);
    const df = frequencies(features.flatMap((f) => [...f.tokens]).filter((t) => !ownDf.has(t)));
    for (const [t, n] of ownDf) df.set(t, n);
    // Weights are per stem: the rarest spelling decides ("killed" and "kills" share one).
    const stemDf = new Map<string, number>();
    for (const [t, n] of df) {
      const s = stem(t);
      stemDf.set(s, Math.min(stemDf.get(s) ?? Infinity, n));
    }
    const weight = idfWeight((s) => stemDf.get(s) ?? 0, documents);
    const scored = rows
      .map((r, i) => ({ row: r, score: matchScore(a, features[i]!, weight).score }))
      .filter((s) => s.score >= MATCH_THRESHOLD)
      .sort((x, y) => y.score - x.score)
      .slice(0, limit);
    const details = verdictDetails(scored.map((s) => s.row));
    return scored.map(({ row, score }) => ({
      claimId: row.claimId, articleId: row.articleId, articleTitle: row.articleTitle, statement: row.statement, status: row.status,
      checkedAt: details.get(row.claimId)!.checkedAt, evidenceCount: details.get(row.claimId)!.evidenceCount, score,
    }));
  };
}
