// The sentences of a new version that go through extraction: those no carried claim covers.
// Reading the covered ones too and throwing their offers away was most of a version import's
// cost on a long article. Pure (no database): it runs on the document workers.
import { extract, type Extraction, type Span } from '@/lib/extraction';
import { overlapsAny } from './overlaps';

/**
 * extract(body) for the sentences that touch none of `covered` (the passages carried claims
 * hold in the new version): the same claims, with the same offsets, sources and scores, that
 * extracting the whole text gives those sentences. `skipped` lists what was left unread, so the
 * import can check the claims it carries still cover it.
 */
export function extractUncovered(body: string, covered: readonly Span[]): Extraction {
  return extract(body, { skip: overlapsAny(covered) });
}
