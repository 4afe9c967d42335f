'use client';
// "Checked before?" in the claim panel: earlier checks of the same claim in other articles,
// with the editor's two answers: reuse that verdict (evidence copied, in the history) or
// "not the same claim". Self-contained: it fetches its own data from the matches API.
import Link from 'next/link';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '@/app/_lib/api-client';
import type { ClaimStatus } from '@/db/schema';
import { STATUS_LABELS } from '@/lib/claims/status';
import { formatDay } from '@/lib/dates';

interface Match {
  claimId: string;
  articleId: string;
  articleTitle: string;
  statement: string;
  status: ClaimStatus;
  checkedAt: string;
  evidenceCount: number;
  score: number;
  state: 'suggested' | 'reused';
}
interface Matches {
  matches: Match[];
  dismissed: number;
  pending: { done: number; total: number } | null;
}

interface Props {
  claimId: string;
  version: number;
  /** May this person set this claim's verdict (an editor, or the assigned reviewer)? */
  canReview: boolean;
  /** After a reuse (or a version conflict): the claim as the server now has it, for the board to show. */
  onReused: (claim: unknown) => void;
}

const sources = (n: number) => (n === 0 ? 'no sources attached' : n === 1 ? '1 source' : `${n} sources`);
const button = 'rounded border px-2 py-1 text-sm disabled:opacity-50';

export function CheckedBefore({ claimId, version, canReview, onReused }: Props) {
  const [data, setData] = useState<Matches | null>(null);
  const [failed, setFailed] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; undo?: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setData(await api<Matches>(`/api/v1/claims/${claimId}/matches`));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [claimId]);

  // Another claim: start afresh. The same claim changed (a reuse bumps its version): look again,
  // keeping what was just said about it.
  useEffect(() => {
    setData(null);
    setNotice(null);
    setError(null);
    setConfirming(null);
  }, [claimId]);
  useEffect(() => {
    void load();
  }, [load, version]);

  // While the import's matching job runs, look again every few seconds.
  useEffect(() => {
    if (!data?.pending) return;
    const timer = setTimeout(() => void load(), 3_000);
    return () => clearTimeout(timer);
  }, [data, load]);

  async function act(matchClaimId: string, body: Record<string, unknown>, done: (result: any) => { text: string; undo?: string }) {
    setBusy(true);
    setError(null);
    try {
      const result = await api<{ claim?: unknown }>(`/api/v1/claims/${claimId}/matches/${matchClaimId}`, { body });
      setNotice(done(result));
      setConfirming(null);
      if (body.action === 'reuse' && result.claim) onReused(result.claim);
      else await load();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'That did not work; nothing was changed.');
      if (e instanceof ApiError && e.status === 409 && e.current) onReused(e.current);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`checked-before-${claimId}`} className="rounded border border-gray-200 p-3">
      <h3 id={`checked-before-${claimId}`} className="font-semibold">Checked before?</h3>
      <div aria-live="polite">
        {notice && (
          <p role="status" className="mt-1 flex flex-wrap items-center gap-2 rounded bg-green-50 px-2 py-1 text-sm text-green-900">
            {notice.text}
            {notice.undo && (
              <button type="button" className="underline" disabled={busy}
                onClick={() => act(notice.undo!, { action: 'restore' }, () => ({ text: 'The match is back.' }))}>Undo</button>
            )}
          </p>
        )}
        {error && <p role="alert" className="mt-1 rounded bg-red-50 px-2 py-1 text-sm text-red-800">{error}</p>}
      </div>
      {failed && <p className="mt-1 text-sm text-gray-700">Earlier checks could not be loaded. <button type="button" className="underline" onClick={() => void load()}>Try again</button></p>}
      {!data && !failed && <p className="mt-1 text-sm text-gray-700">Looking through earlier checks…</p>}
      {data?.pending && (
        <p className="mt-1 text-sm text-gray-700">
          Still matching this article’s claims against the archive: {data.pending.done} of {data.pending.total || '…'} claims done.
        </p>
      )}
      {data && data.matches.length === 0 && !data.pending && (
        <p className="mt-1 text-sm text-gray-700">
          No earlier check of this claim in other articles{data.dismissed ? ` (${data.dismissed} dismissed as not the same)` : ''}.
        </p>
      )}
      {data && data.matches.length > 0 && (
        <ul className="mt-2 space-y-2">
          {data.matches.map((m) => (
            <li key={m.claimId} className="rounded border border-gray-200 bg-gray-50 p-2 text-sm">
              <p>
                {m.state === 'reused' ? 'Verdict reused from the check' : 'Checked'} on {formatDay(new Date(m.checkedAt))} in{' '}
                <Link href={`/articles/${m.articleId}?claim=${m.claimId}`} className="font-medium text-blue-800 underline">‘{m.articleTitle}’</Link>:{' '}
                <strong>{STATUS_LABELS[m.status].toLowerCase()}</strong>, {sources(m.evidenceCount)}
              </p>
              <blockquote className="mt-1 border-l-2 border-gray-300 pl-2 text-gray-800">{m.statement}</blockquote>
              {m.state === 'suggested' && canReview && (
                confirming === m.claimId ? (
                  <div className="mt-2 rounded border border-gray-300 bg-white p-2">
                    <p>This sets the claim to <strong>{STATUS_LABELS[m.status]}</strong> and copies {sources(m.evidenceCount)} (with archive links) from that check. It is recorded in the history.</p>
                    <div className="mt-2 flex gap-2">
                      <button type="button" disabled={busy} className={`${button} border-gray-900 bg-gray-900 text-white`}
                        onClick={() => act(m.claimId, { action: 'reuse', version }, (r: { copiedEvidence: number }) => ({ text: `Verdict reused: ${STATUS_LABELS[m.status]}, ${sources(r.copiedEvidence)} copied from ‘${m.articleTitle}’.` }))}>
                        Reuse: set {STATUS_LABELS[m.status]}
                      </button>
                      <button type="button" className={`${button} border-gray-400`} onClick={() => setConfirming(null)}>Cancel</button>
                    </div>
                  </div>
                ) : (
                  <div className="mt-2 flex flex-wrap gap-2">
                    <button type="button" disabled={busy} className={`${button} border-gray-400 hover:bg-white`} onClick={() => setConfirming(m.claimId)}>
                      Reuse this verdict<span className="sr-only"> from ‘{m.articleTitle}’</span>
                    </button>
                    <button type="button" disabled={busy} className={`${button} border-gray-400 hover:bg-white`}
                      onClick={() => act(m.claimId, { action: 'dismiss' }, () => ({ text: `Dismissed the match in ‘${m.articleTitle}’.`, undo: m.claimId }))}>
                      Not the same claim<span className="sr-only"> as in ‘{m.articleTitle}’</span>
                    </button>
                  </div>
                )
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
