// A version's text as paragraphs of pieces: words another version lacks marked as inserted or
// deleted (struck through or underlined, and named for screen readers, never colour alone),
// and each claim outlined with its number after it, linking to the claim on the board.
import Link from 'next/link';
import type { ClaimStatus } from '@/db/schema';
import { STATUS_LABELS } from '@/lib/claims/status';
import type { ComparePiece } from '@/lib/versions/compare';

export interface ClaimRef {
  number: number;
  status: ClaimStatus;
}

export const STATUS_SYMBOLS: Record<ClaimStatus, string> = {
  unchecked: '○', in_progress: '◐', confirmed: '✓', single_source: '①', disputed: '✗', dismissed: '–',
};

function Marker({ articleId, claimId, claim }: { articleId: string; claimId: string; claim: ClaimRef | undefined }) {
  if (!claim) return null;
  return (
    <sup className="ml-0.5 font-sans text-xs">
      <Link href={`/articles/${articleId}?claim=${encodeURIComponent(claimId)}`} className="rounded px-0.5 text-gray-800 underline"
        aria-label={`Claim ${claim.number}, ${STATUS_LABELS[claim.status]}`} title={`Claim ${claim.number}: ${STATUS_LABELS[claim.status]}`}>
        [{claim.number}<span aria-hidden="true"> {STATUS_SYMBOLS[claim.status]}</span>]
      </Link>
    </sup>
  );
}

function Piece({ piece, change, articleId, claims }: { piece: ComparePiece; change: 'deleted' | 'inserted' | null; articleId: string; claims: Record<string, ClaimRef> }) {
  let text: React.ReactNode = piece.text;
  if (piece.changed && change === 'deleted') text = <del className="version-change"><span className="sr-only">[deleted: </span>{piece.text}<span className="sr-only">]</span></del>;
  if (piece.changed && change === 'inserted') text = <ins className="version-change"><span className="sr-only">[inserted: </span>{piece.text}<span className="sr-only">]</span></ins>;
  const marked = piece.claimIds.length > 0 ? <mark className="version-claim">{text}</mark> : text;
  return (
    <>
      {marked}
      {piece.endsClaims.map((id) => <Marker key={id} articleId={articleId} claimId={id} claim={claims[id]} />)}
    </>
  );
}

export function VersionParagraphs({ paragraphs, change, articleId, claims }: {
  paragraphs: ComparePiece[][];
  /** How this side's changed pieces read: deleted (the older text) or inserted (the newer). */
  change: 'deleted' | 'inserted' | null;
  articleId: string;
  claims: Record<string, ClaimRef>;
}) {
  return (
    <>
      {paragraphs.map((pieces, i) => (
        <p key={pieces[0]?.start ?? i} className="mb-3 whitespace-pre-line">
          {pieces.map((piece) => <Piece key={piece.start} piece={piece} change={change} articleId={articleId} claims={claims} />)}
        </p>
      ))}
    </>
  );
}
