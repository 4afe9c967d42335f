// The article body as HTML paragraphs with every claim span highlighted, in one pass over
// the sorted span boundaries (no per-claim rescans, so 1,000 claims stay fast).
// Overlapping or nested spans are cut into segments; each segment is its own <mark>, so the
// markup never has to nest across claims. Every span (main and otherSpans) ends in a marker.
import { isVerdict, STATUS_LABELS } from '@/lib/claims/status';
import { escapeHtml } from './html-escape';
import type { ExportClaim } from './types';

interface Boundary {
  pos: number;
  open: boolean;
  claim: ExportClaim;
  /** 0 for the claim's main span, 1.. for its otherSpans. */
  place: number;
}

/** The id of the marker at the end of a span: `claim-3-ref`, `claim-3-ref-2` for other places. */
export function markerId(claim: ExportClaim, place: number): string {
  return place === 0 ? `claim-${claim.number}-ref` : `claim-${claim.number}-ref-${place + 1}`;
}

/**
 * "[3 · Disputed]" after a passage with a verdict; "[3]" alone while it has none, so the text
 * is not tagged "Unchecked" forty times. The screen-reader name always says the status.
 */
export function markerHtml(claim: ExportClaim, place: number): string {
  // A verdict given on words that have since changed is not shown as if it held for these.
  const recheck = claim.needsRecheck ? ' · text changed, re-check' : '';
  const shown = isVerdict(claim.status) ? `${claim.number} · ${STATUS_LABELS[claim.status]}${recheck}` : String(claim.number);
  const spoken = `Claim ${claim.number}, ${isVerdict(claim.status) ? STATUS_LABELS[claim.status] : `no verdict yet (${STATUS_LABELS[claim.status].toLowerCase()})`}${claim.needsRecheck ? ', text changed since it was checked' : ''}`;
  return `<sup class="marker status-${claim.status}"><a href="#claim-${claim.number}" id="${markerId(claim, place)}" aria-label="${escapeHtml(spoken)}">[${escapeHtml(shown)}]</a></sup>`;
}

function collectBoundaries(claims: readonly ExportClaim[], length: number): Boundary[] {
  const out: Boundary[] = [];
  for (const claim of claims) {
    // A span set aside as "not a claim" is not highlighted: the reader has nothing to check there.
    if (claim.status === 'dismissed') continue;
    [claim.span, ...claim.otherSpans].forEach((span, place) => {
      const start = Math.max(0, Math.min(length, span.start));
      const end = Math.max(0, Math.min(length, span.end));
      if (end <= start) return; // an anchor that no longer fits the body: the endnote still lists it
      out.push({ pos: start, open: true, claim, place }, { pos: end, open: false, claim, place });
    });
  }
  // Closes before opens at the same position, so adjacent spans do not count as overlapping.
  return out.sort((a, b) => a.pos - b.pos || Number(a.open) - Number(b.open) || a.claim.number - b.claim.number);
}

function paragraphBreaks(body: string): { start: number; end: number }[] {
  const breaks: { start: number; end: number }[] = [];
  for (const m of body.matchAll(/\n[ \t]*\n\s*/g)) breaks.push({ start: m.index, end: m.index + m[0].length });
  return breaks;
}

function textHtml(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>\n');
}

export function highlightBody(body: string, claims: readonly ExportClaim[]): string {
  const boundaries = collectBoundaries(claims, body.length);
  const breaks = paragraphBreaks(body);
  const active: Boundary[] = [];
  const out: string[] = ['<p>'];
  let pos = 0;
  let b = 0;
  let k = 0;

  const segment = (from: number, to: number) => {
    if (to <= from) return;
    const text = textHtml(body.slice(from, to));
    if (active.length === 0) return void out.push(text);
    const inner = active[active.length - 1].claim; // the innermost span sets the colour
    const numbers = [...new Set(active.map((a) => a.claim.number))].sort((x, y) => x - y);
    const overlap = numbers.length > 1 ? ' overlap' : '';
    out.push(`<mark class="claim status-${inner.status}${overlap}" data-claims="${numbers.join(' ')}">${text}</mark>`);
  };
  const apply = (boundary: Boundary) => {
    if (boundary.open) return void active.push(boundary);
    const i = active.findIndex((a) => a.claim === boundary.claim && a.place === boundary.place);
    if (i >= 0) active.splice(i, 1);
    out.push(markerHtml(boundary.claim, boundary.place));
  };

  while (pos < body.length) {
    const nextBoundary = b < boundaries.length ? boundaries[b].pos : Infinity;
    const nextBreak = k < breaks.length ? breaks[k].start : Infinity;
    const stop = Math.min(nextBoundary, nextBreak, body.length);
    segment(pos, stop);
    pos = stop;
    while (b < boundaries.length && boundaries[b].pos <= pos) apply(boundaries[b++]);
    if (k < breaks.length && breaks[k].start <= pos) {
      // Spans that start or end inside the blank lines belong to the paragraph being closed.
      while (b < boundaries.length && boundaries[b].pos < breaks[k].end) apply(boundaries[b++]);
      out.push('</p>\n<p>');
      pos = breaks[k++].end;
    }
  }
  while (b < boundaries.length) apply(boundaries[b++]);
  out.push('</p>');
  return out.join('');
}
