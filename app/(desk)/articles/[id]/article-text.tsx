'use client';
// The article with every claim highlighted by status. Each text run carries its body
// offset, so a selection maps back to exact [start, end) offsets for a new claim.
import { useMemo } from 'react';
import { STATUS_LABELS } from '@/lib/claims/status';
import type { InTextClaim } from './board-types';
import { paragraphRanges, segmentRange, type Highlight } from './segments';

interface Props {
  body: string;
  /** Only claims in the latest text: a removed claim's offsets point into an older one. */
  claims: InTextClaim[];
  numbers: Map<string, number>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onSelection: (range: { start: number; end: number } | null) => void;
}

export function ArticleText({ body, claims, numbers, selectedId, onSelect, onSelection }: Props) {
  const highlights = useMemo<Highlight[]>(
    () => claims.flatMap((c) => [{ claimId: c.id, start: c.start, end: c.end }, ...c.spans.map((s) => ({ claimId: c.id, ...s }))]),
    [claims],
  );
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const paragraphs = useMemo(() => paragraphRanges(body), [body]);

  function readSelection() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return onSelection(null);
    const range = selection.getRangeAt(0);
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    onSelection(start !== null && end !== null && end > start ? { start, end } : null);
  }

  return (
    <div className="font-serif text-lg leading-relaxed" onMouseUp={readSelection} onKeyUp={readSelection}>
      {paragraphs.map((p) => (
        <p key={p.start} className="mb-4 whitespace-pre-line">
          {segmentRange(p.start, p.end, highlights).map((seg) => {
            const text = <span data-offset={seg.start}>{body.slice(seg.start, seg.end)}</span>;
            const claim = seg.claimIds[0] ? byId.get(seg.claimIds[0]) : undefined;
            if (!claim) return <span key={seg.start}>{text}</span>;
            const n = numbers.get(claim.id);
            const endsHere = claim.end === seg.end || claim.spans.some((s) => s.end === seg.end);
            return (
              <mark key={seg.start} className="claim" data-claim={claim.id} data-status={claim.status} data-selected={claim.id === selectedId}
                onClick={() => onSelect(claim.id)} title={`Claim ${n}: ${STATUS_LABELS[claim.status]}`}>
                {text}
                {endsHere && (
                  <sup>
                    <button type="button" onClick={() => onSelect(claim.id)} className="ml-0.5 rounded px-0.5 font-sans text-xs text-gray-700 underline"
                      aria-label={`Claim ${n}, ${STATUS_LABELS[claim.status]}`}>
                      {n}
                    </button>
                  </sup>
                )}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}

function offsetOf(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const run = element?.closest('[data-offset]');
  if (!run) return null;
  if (node.nodeType !== Node.TEXT_NODE) return Number(run.getAttribute('data-offset')) + (offset > 0 ? (run.textContent?.length ?? 0) : 0);
  return Number(run.getAttribute('data-offset')) + offset;
}
