'use client';
// One claim in full: verdict, statement, assignment, evidence, comments and history.
import { useEffect, useState } from 'react';
import { StatusBadge } from '@/app/_components/status-badge';
import { api, ApiError } from '@/app/_lib/api-client';
import type { ClaimStatus } from '@/db/schema';
import { STANCE_LABELS, STATUS_DESCRIPTIONS, STATUS_LABELS } from '@/lib/claims/status';
import type { BoardClaim, BoardPerson, ClaimDetail } from './board-types';
import { CheckedBefore } from './checked-before';
import { EvidenceForm, type EvidenceInput } from './evidence-form';
import { History } from './history';

interface Props {
  claim: BoardClaim;
  number: number;
  people: BoardPerson[];
  canEdit: boolean;
  canChangeStatus: boolean;
  onChanged: () => void;
}

const VERDICT_ORDER: ClaimStatus[] = ['unchecked', 'in_progress', 'confirmed', 'single_source', 'disputed', 'dismissed'];
const field = 'mt-1 w-full rounded border border-gray-400 px-2 py-1 text-sm';
const toLocalInput = (iso: string | null) => (iso ? new Date(new Date(iso).getTime() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16) : '');

export function ClaimPanel({ claim, number, people, canEdit, canChangeStatus, onChanged }: Props) {
  const [detail, setDetail] = useState<ClaimDetail | null>(null);
  const [error, setError] = useState<{ message: string; conflict: boolean; fields?: Record<string, string[]> } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api<ClaimDetail>(`/api/v1/claims/${claim.id}`).then((d) => live && setDetail(d)).catch(() => live && setDetail(null));
    return () => { live = false; };
  }, [claim.id, claim.version]);

  async function change(work: () => Promise<unknown>, done: string): Promise<boolean> {
    setError(null);
    try {
      await work();
      setNotice(done);
      onChanged();
      return true;
    } catch (e) {
      if (e instanceof ApiError) setError({ message: e.message, conflict: e.status === 409, fields: e.fields });
      else setError({ message: 'That did not work; nothing was saved.', conflict: false });
      setNotice(null);
      return false;
    }
  }

  const patch = (body: Record<string, unknown>, done: string) =>
    change(() => api(`/api/v1/claims/${claim.id}`, { method: 'PATCH', body: { version: claim.version, ...body } }), done);

  return (
    <section aria-labelledby="claim-heading" className="space-y-4 rounded border border-gray-300 bg-white p-4">
      <div className="flex items-center gap-2">
        <h2 id="claim-heading" className="text-lg font-semibold">Claim {number}</h2>
        <StatusBadge status={claim.status} />
        <span className="ml-auto text-xs text-gray-600">{claim.kind} · check-worthiness {claim.score.toFixed(2)}</span>
      </div>
      <blockquote className="border-l-4 border-gray-300 pl-3 font-serif">{claim.quote}</blockquote>
      <p className="text-sm"><span className="font-medium">Attribution:</span> {claim.attribution ?? 'none — the article’s own assertion'}</p>
      {claim.spans.length > 0 && <p className="text-sm text-gray-700">Also stated {claim.spans.length} more time{claim.spans.length > 1 ? 's' : ''} in the article (headline, dek or a repeat).</p>}

      <div aria-live="polite">
        {notice && <p role="status" className="rounded bg-green-50 px-2 py-1 text-sm text-green-800">{notice}</p>}
        {error && (
          <div role="alert" className="rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-800">
            <p>{error.message}</p>
            {error.conflict && (
              <button type="button" className="mt-1 underline" onClick={() => { setError(null); onChanged(); }}>
                Load the current version
              </button>
            )}
          </div>
        )}
      </div>

      {canChangeStatus && (
        <fieldset>
          <legend className="text-sm font-medium">Status</legend>
          <div className="mt-1 flex flex-wrap gap-1">
            {VERDICT_ORDER.filter((s) => canEdit || s !== 'dismissed').map((s) => (
              <button key={s} type="button" aria-pressed={claim.status === s} title={STATUS_DESCRIPTIONS[s]}
                className={`rounded border px-2 py-1 text-sm ${claim.status === s ? 'border-gray-900 bg-gray-900 text-white' : 'border-gray-400 hover:bg-gray-100'}`}
                onClick={() => claim.status !== s && patch({ status: s }, `Status set to ${STATUS_LABELS[s]}.`)}>
                {STATUS_LABELS[s]}
              </button>
            ))}
          </div>
          <p className="mt-1 text-sm text-gray-700">
            Suggested from evidence: {claim.suggestedStatus ? STATUS_LABELS[claim.suggestedStatus] : 'no suggestion yet (no supporting or contradicting evidence)'}
          </p>
          {detail?.warning && <p className="mt-1 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900" role="note">⚠ {detail.warning}</p>}
        </fieldset>
      )}

      <CheckedBefore claimId={claim.id} version={claim.version} canReview={canChangeStatus} onReused={onChanged} />

      {canEdit && (
        <form className="space-y-1" onSubmit={(e) => { e.preventDefault(); const s = new FormData(e.currentTarget).get('statement'); void patch({ statement: String(s) }, 'Statement saved.'); }}>
          <label className="block text-sm font-medium" htmlFor={`statement-${claim.id}`}>Statement (the claim in the checker’s words)</label>
          <textarea id={`statement-${claim.id}`} name="statement" key={`${claim.id}-${claim.version}`} defaultValue={claim.statement} rows={3} maxLength={2000} className={field} />
          <button type="submit" className="rounded border border-gray-400 px-2 py-1 text-sm">Save statement</button>
        </form>
      )}

      {canEdit && (
        <form className="flex flex-wrap items-end gap-2" key={`assign-${claim.id}-${claim.version}`}
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const assigneeId = String(f.get('assigneeId') || '') || null;
            const due = String(f.get('dueAt') || '');
            void patch({ assigneeId, dueAt: due ? new Date(due).toISOString() : null }, assigneeId ? 'Assignment saved.' : 'Claim unassigned.');
          }}>
          <label className="text-sm">Reviewer
            <select name="assigneeId" defaultValue={claim.assignee?.id ?? ''} className={field}>
              <option value="">Unassigned</option>
              {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
          <label className="text-sm">Due
            <input type="datetime-local" name="dueAt" defaultValue={toLocalInput(claim.dueAt)} className={field} />
          </label>
          <button type="submit" className="rounded border border-gray-400 px-2 py-1 text-sm">Save assignment</button>
        </form>
      )}

      <section aria-labelledby="evidence-heading">
        <h3 id="evidence-heading" className="font-semibold">Evidence</h3>
        {!detail ? <p className="text-sm text-gray-600">Loading…</p> : detail.evidence.length === 0 ? (
          <p className="text-sm text-gray-600">No evidence yet. Add a link to a source that supports or contradicts the claim.</p>
        ) : (
          <ul className="space-y-2">
            {detail.evidence.map((ev) => (
              <li key={ev.id} className="rounded border border-gray-200 p-2 text-sm">
                <span className="mr-1 rounded bg-gray-100 px-1 text-xs font-medium">{STANCE_LABELS[ev.stance]}</span>
                <a href={ev.url} target="_blank" rel="noopener noreferrer nofollow" className="text-blue-800 underline">{ev.title}</a>
                <span className="text-gray-600"> — {ev.publisher}</span>
                {ev.archiveUrl && <> · <a href={ev.archiveUrl} target="_blank" rel="noopener noreferrer nofollow" className="underline">archived</a></>}
                {ev.excerpt && <blockquote className="mt-1 border-l-2 border-gray-300 pl-2 text-gray-800">“{ev.excerpt}”</blockquote>}
                {ev.note && <p className="mt-1 text-gray-700">{ev.note}</p>}
                <p className="text-xs text-gray-500">Added by {ev.addedBy.name}, {new Date(ev.createdAt).toLocaleString('en-GB')}</p>
              </li>
            ))}
          </ul>
        )}
        {canChangeStatus && (
          <div className="mt-2">
            <EvidenceForm fieldErrors={error?.fields}
              onSubmit={(ev: EvidenceInput) => change(() => api(`/api/v1/claims/${claim.id}/evidence`, { body: ev }), 'Evidence added.')} />
          </div>
        )}
      </section>

      <section aria-labelledby="comments-heading">
        <h3 id="comments-heading" className="font-semibold">Comments</h3>
        {detail?.comments.length ? (
          <ul className="space-y-1 text-sm">
            {detail.comments.map((c) => (
              <li key={c.id}><span className="font-medium">{c.author.name}</span>: <span className="whitespace-pre-wrap">{c.body}</span>
                <span className="text-xs text-gray-500"> · {new Date(c.createdAt).toLocaleString('en-GB')}</span></li>
            ))}
          </ul>
        ) : <p className="text-sm text-gray-600">No comments yet.</p>}
        <form className="mt-2 flex gap-2" onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const body = String(new FormData(form).get('body') ?? '');
          if (await change(() => api(`/api/v1/claims/${claim.id}/comments`, { body: { body } }), 'Comment posted.')) form.reset();
        }}>
          <label className="sr-only" htmlFor={`comment-${claim.id}`}>Comment</label>
          <input id={`comment-${claim.id}`} name="body" required maxLength={5000} className="flex-1 rounded border border-gray-400 px-2 py-1 text-sm" placeholder="Write a comment" />
          <button type="submit" className="rounded border border-gray-400 px-2 py-1 text-sm">Post</button>
        </form>
      </section>

      {detail && <History entries={detail.history} />}
    </section>
  );
}
