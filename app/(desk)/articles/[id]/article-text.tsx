'use client';
// The article with every claim highlighted by status. Each text run carries its body offset,
// so a selection maps back to exact [start, end) offsets for a new claim. One tab stop for the
// whole text (the current claim's number); arrow keys move between claims, Enter opens one.
// Paragraphs redraw only when a claim in them changes, and choosing a claim redraws nothing
// but one style rule, so a 500-claim article stays quick to move through.
import { memo, useEffect, useMemo, useRef } from 'react';
import { STATUS_LABELS } from '@/lib/claims/status';
import type { BoardClaim, InTextClaim } from './board-types';
import { paragraphRanges, segmentRange, type Highlight } from './segments';

interface Props {
  body: string;
  /** Only claims in the latest text: a removed claim's offsets point into an older one. */
  claims: InTextClaim[];
  selectedId: string | null;
  onOpen: (id: string, focusPanel: boolean) => void;
  onSelection: (range: { start: number; end: number } | null) => void;
}

interface Piece { claim: BoardClaim; start: number; end: number }

export function ArticleText({ body, claims, selectedId, onOpen, onSelection }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const selected = selectedId ? claims.find((c) => c.id === selectedId) : undefined;

  // The roving tab stop: the open claim's number, else the first one.
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    root.querySelectorAll<HTMLButtonElement>('button.cm[tabindex="0"]').forEach((b) => (b.tabIndex = -1));
    const stop = (selected && root.querySelector<HTMLButtonElement>(`button.cm[data-c="${selected.number}"]`)) || root.querySelector<HTMLButtonElement>('button.cm');
    if (stop) stop.tabIndex = 0;
  }, [selected, claims]);

  return (
    <div ref={ref}>
      {selected && <style>{`mark[data-c="${selected.number}"]{outline:2px solid #111827;outline-offset:1px}`}</style>}
      <Text body={body} claims={claims} onOpen={onOpen} onSelection={onSelection} />
    </div>
  );
}

/** The article itself: redrawn only when a claim changes, never when another claim is opened. */
const Text = memo(function Text({ body, claims, onOpen, onSelection }: Omit<Props, 'selectedId'>) {
  const ref = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => paragraphRanges(body), [body]);
  const byNumber = useMemo(() => new Map(claims.map((c) => [c.number, c])), [claims]);
  // Every highlighted span, bucketed by paragraph in one pass (binary search on paragraph starts).
  const buckets = useMemo(() => {
    const out: Piece[][] = paragraphs.map(() => []);
    const find = (pos: number) => {
      let lo = 0;
      let hi = paragraphs.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (paragraphs[mid]!.start <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    for (const claim of claims) {
      for (const [start, end] of [[claim.start, claim.end] satisfies [number, number], ...claim.spans]) {
        for (let i = find(start); i < paragraphs.length && paragraphs[i]!.start < end; i++) out[i]!.push({ claim, start, end });
      }
    }
    return out;
  }, [claims, paragraphs]);
  function readSelection() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return onSelection(null);
    const range = selection.getRangeAt(0);
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    onSelection(start !== null && end !== null && end > start ? { start, end } : null);
  }

  function claimAt(target: EventTarget | null): BoardClaim | undefined {
    const el = (target as HTMLElement | null)?.closest?.('[data-c]');
    return el ? byNumber.get(Number(el.getAttribute('data-c'))) : undefined;
  }

  function onKeyDown(e: React.KeyboardEvent) {
    const target = e.target as HTMLElement;
    if (!target.classList.contains('cm')) return;
    const markers = [...ref.current!.querySelectorAll<HTMLButtonElement>('button.cm')];
    const i = markers.indexOf(target as HTMLButtonElement);
    const go = (j: number) => {
      const next = markers[Math.max(0, Math.min(markers.length - 1, j))];
      if (!next) return;
      target.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    };
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'j') go(i + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp' || e.key === 'k') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(markers.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') {
      const claim = claimAt(target);
      if (claim) onOpen(claim.id, true);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  }

  return (
    <div ref={ref} className="font-serif text-lg leading-relaxed" onMouseUp={readSelection} onKeyUp={readSelection} onKeyDown={onKeyDown}
      onClick={(e) => {
        if (window.getSelection()?.isCollapsed === false) return;
        const claim = claimAt(e.target);
        if (claim) onOpen(claim.id, e.detail === 0);
      }}>
      {paragraphs.map((p, i) => (
        <Paragraph key={p.start} body={body} start={p.start} end={p.end} pieces={buckets[i]!} signature={signature(buckets[i]!)} />
      ))}
    </div>
  );
});

/** What a paragraph's highlights depend on; equal signatures mean nothing to redraw. */
function signature(pieces: Piece[]): string {
  return pieces.map((p) => `${p.claim.number}:${p.claim.status}:${p.start}:${p.end}`).join(',');
}

const Paragraph = memo(
  function Paragraph({ body, start, end, pieces }: { body: string; start: number; end: number; pieces: Piece[]; signature: string }) {
    const highlights: Highlight[] = pieces.map((p) => ({ claimId: p.claim.id, start: p.start, end: p.end }));
    const byId = new Map(pieces.map((p) => [p.claim.id, p.claim]));
    const ends = new Set(pieces.map((p) => `${p.claim.id}:${p.end}`));
    return (
      <p className="mb-4 whitespace-pre-line">
        {segmentRange(start, end, highlights).map((seg) => {
          const text = <span data-offset={seg.start}>{body.slice(seg.start, seg.end)}</span>;
          const claim = seg.claimIds[0] ? byId.get(seg.claimIds[0]) : undefined;
          if (!claim) return <span key={seg.start}>{text}</span>;
          const label = `Claim ${claim.number}, ${STATUS_LABELS[claim.status]}`;
          return (
            <mark key={seg.start} className="claim" data-c={claim.number} data-status={claim.status} title={label}>
              {text}
              {ends.has(`${claim.id}:${seg.end}`) && (
                <sup><button type="button" tabIndex={-1} className="cm" data-c={claim.number} aria-label={label}>{claim.number}</button></sup>
              )}
            </mark>
          );
        })}
      </p>
    );
  },
  (a, b) => a.signature === b.signature && a.body === b.body && a.start === b.start,
);

function offsetOf(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const run = element?.closest('[data-offset]');
  if (!run) return null;
  if (node.nodeType !== Node.TEXT_NODE) return Number(run.getAttribute('data-offset')) + (offset > 0 ? (run.textContent?.length ?? 0) : 0);
  return Number(run.getAttribute('data-offset')) + offset;
}
