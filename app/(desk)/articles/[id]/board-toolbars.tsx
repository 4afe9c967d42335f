'use client';
// Toolbars that appear when there is something to act on: a text selection, or ticked claims.
// Each goes away once it has been used, and says what it did.
import { useMemo, useRef, useState } from 'react';
import { api } from '@/app/_lib/api-client';
import { planMerge } from '@/lib/claims/merge-plan';
import { STATUS_LABELS } from '@/lib/claims/status';
import { useBoard } from './board-context';
import { fromClaimJson, isInText, positionOf, type BoardClaim, type ClaimJson } from './board-types';

const bar = 'sticky top-0 z-20 flex flex-wrap items-center gap-2 rounded border border-gray-300 bg-white p-2 text-sm shadow';
const button = 'rounded border border-gray-400 bg-white px-2 py-1 hover:bg-gray-100';

export function SelectionBar({ selection, selected, onDone, onSelectClaim }: {
  selection: { start: number; end: number };
  selected: BoardClaim | null;
  onDone: () => void;
  onSelectClaim: (id: string) => void;
}) {
  const { body, store, act, placingId, setPlacingId } = useBoard();
  const text = body.slice(selection.start, selection.end);
  const placing = placingId ? store.get(placingId) : undefined;
  const canSplit = selected && isInText(selected) && selection.start > selected.start && selection.start < selected.end;
  return (
    <div className={`${bar} m-2`} role="region" aria-label="Selected text">
      <span className="max-w-md truncate">Selected: “{text.length > 80 ? `${text.slice(0, 80)}…` : text}”</span>
      {placing && (
        <button type="button" className={`${button} font-semibold`} onClick={async () => {
          const res = await act(
            () => api<{ claim: ClaimJson }>(`/api/v1/claims/${placing.id}/place`, { body: { version: placing.version, ...selection } }),
            (r) => `Claim ${r.claim.number} placed in the text${r.claim.anchor === 'edited' ? '; its words differ from before, so it is flagged as changed' : ''}.`,
          );
          if (res) {
            store.upsert(fromClaimJson(res.claim));
            setPlacingId(null);
            onDone();
            onSelectClaim(res.claim.id);
          }
        }}>
          Place claim {placing.number} here
        </button>
      )}
      <AddFromSelection selection={selection} onDone={onDone} onSelectClaim={onSelectClaim} />
      {canSplit && (
        <button type="button" className={button} onClick={async () => {
          const res = await act(
            () => api<{ first: ClaimJson; second: ClaimJson; message: string }>(`/api/v1/claims/${selected.id}/split`, { body: { version: selected.version, at: selection.start } }),
            (r) => r.message,
          );
          if (res) {
            store.upsert(fromClaimJson(res.first), fromClaimJson(res.second));
            onDone();
          }
        }}>
          Split claim {selected.number} where the selection starts
        </button>
      )}
      <button type="button" className={button} onClick={onDone}>Cancel</button>
    </div>
  );
}

function AddFromSelection({ selection, onDone, onSelectClaim }: { selection: { start: number; end: number }; onDone: () => void; onSelectClaim: (id: string) => void }) {
  const { store, act, articleId } = useBoard();
  return (
    <button type="button" className={button} onClick={async () => {
      const res = await act(() => api<{ claim: ClaimJson }>(`/api/v1/articles/${articleId}/claims`, { body: selection }), (r) => `Claim ${r.claim.number} added from your selection.`);
      if (res) {
        store.upsert(fromClaimJson(res.claim));
        onDone();
        onSelectClaim(res.claim.id);
      }
    }}>
      Add claim from selection
    </button>
  );
}

export function BulkBar({ checkedIds, onDone }: { checkedIds: Set<string>; onDone: () => void }) {
  const { store, people, act, personName } = useBoard();
  const [merging, setMerging] = useState(false);
  const picked = [...checkedIds].map((id) => store.get(id)).filter((c): c is BoardClaim => Boolean(c)).sort((a, b) => positionOf(a) - positionOf(b));
  const count = picked.length;
  return (
    <>
      <form className={bar} aria-label="Selected claims"
        onSubmit={async (e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const choice = String(f.get('assigneeId') || '');
          if (!choice) return;
          const assigneeId = choice === '__nobody' ? null : choice;
          const dueRaw = String(f.get('dueAt') || '');
          const res = await act(
            () => api<{ claims: ClaimJson[] }>('/api/v1/claims/assign', {
              body: { claimIds: picked.map((c) => c.id), versions: Object.fromEntries(picked.map((c) => [c.id, c.version])), assigneeId, ...(dueRaw && { dueAt: new Date(dueRaw).toISOString() }) },
            }),
            () => (assigneeId ? `${count} claim${count === 1 ? '' : 's'} assigned to ${personName(assigneeId)}.` : `${count} claim${count === 1 ? '' : 's'} unassigned.`),
          );
          if (res) {
            store.upsert(...res.claims.map(fromClaimJson));
            onDone();
          }
        }}>
        <span className="font-medium">{count} claim{count === 1 ? '' : 's'} selected</span>
        <label>Assign to{' '}
          <select name="assigneeId" required defaultValue="" className="rounded border border-gray-400 px-1 py-0.5">
            <option value="" disabled>Choose a reviewer…</option>
            {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            <option value="__nobody">Nobody (unassign)</option>
          </select>
        </label>
        <label>due{' '}
          <input type="datetime-local" name="dueAt" className="rounded border border-gray-400 px-1 py-0.5" />
        </label>
        <button type="submit" className={button}>Assign selected</button>
        {count >= 2 && <button type="button" className={button} onClick={() => setMerging(true)}>Merge…</button>}
        <button type="button" className={button} onClick={onDone}>Clear selection</button>
      </form>
      {merging && count >= 2 && <MergeDialog claims={picked} onClose={() => setMerging(false)} onMerged={onDone} />}
    </>
  );
}

/** Merging is not undone by a click, so it says what it will keep, and asks where the claims disagree. */
function MergeDialog({ claims, onClose, onMerged }: { claims: BoardClaim[]; onClose: () => void; onMerged: () => void }) {
  const { store, act, personName } = useBoard();
  const ref = useRef<HTMLDialogElement>(null);
  const [targetId, setTargetId] = useState(claims[0]!.id);
  const [status, setStatus] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const target = claims.find((c) => c.id === targetId)!;
  const sources = claims.filter((c) => c.id !== targetId);
  const side = (c: BoardClaim) => ({ ...c, dueAt: c.dueAt ? new Date(c.dueAt) : null, attributionSource: c.attribution });
  const plan = useMemo(() => planMerge(side(target), sources.map(side)), [target, sources]);
  const ready = (!plan.questions.status || status) && (!plan.questions.assigneeId || assigneeId);
  const evidence = sources.reduce((n, c) => n + c.evidenceCount, 0);
  const comments = sources.reduce((n, c) => n + c.commentCount, 0);

  return (
    <dialog ref={(el) => { ref.current = el; if (el && !el.open) el.showModal(); }} aria-labelledby="merge-title" onClose={onClose}
      className="m-auto w-[min(36rem,95vw)] rounded border border-gray-300 p-4 shadow-xl backdrop:bg-black/40">
      <form method="dialog" className="space-y-3 text-sm" onSubmit={async (e) => {
        e.preventDefault();
        const keep = { ...(plan.questions.status && { status }), ...(plan.questions.assigneeId && { assigneeId: assigneeId === '__nobody' ? null : assigneeId }) };
        const res = await act(
          () => api<{ claim: ClaimJson; mergedIds: string[]; message: string }>('/api/v1/claims/merge', {
            body: { targetId, targetVersion: target.version, sourceIds: sources.map((c) => c.id), sourceVersions: Object.fromEntries(sources.map((c) => [c.id, c.version])), keep },
          }),
          (r) => r.message,
        );
        if (res) {
          store.remove(...res.mergedIds);
          store.upsert(fromClaimJson(res.claim));
          ref.current?.close();
          onMerged();
        }
      }}>
        <h2 id="merge-title" className="text-lg font-semibold">Merge {claims.length} claims into one</h2>
        <label className="block">Keep the wording and number of
          <select value={targetId} onChange={(e) => setTargetId(e.target.value)} className="mt-1 block w-full rounded border border-gray-400 px-1 py-0.5">
            {claims.map((c) => <option key={c.id} value={c.id}>Claim {c.number}: {c.statement.slice(0, 70)}</option>)}
          </select>
        </label>
        {plan.questions.status && (
          <fieldset>
            <legend className="font-medium">These claims have different verdicts. Which one stands?</legend>
            {plan.questions.status.map((s) => (
              <label key={s} className="mr-3 inline-flex items-center gap-1"><input type="radio" name="status" value={s} checked={status === s} onChange={() => setStatus(s)} required /> {STATUS_LABELS[s]}</label>
            ))}
          </fieldset>
        )}
        {plan.questions.assigneeId && (
          <fieldset>
            <legend className="font-medium">They are assigned to different reviewers. Who checks the merged claim?</legend>
            {[...plan.questions.assigneeId, '__nobody'].map((id) => (
              <label key={id} className="mr-3 inline-flex items-center gap-1"><input type="radio" name="assignee" value={id} checked={assigneeId === id} onChange={() => setAssigneeId(id)} required /> {id === '__nobody' ? 'Nobody' : personName(id)}</label>
            ))}
          </fieldset>
        )}
        <p className="rounded bg-stone-100 p-2">
          Claim {target.number} will keep {plan.questions.assigneeId ? 'the reviewer you choose' : plan.assigneeId ? `${personName(plan.assigneeId)} as reviewer` : 'no reviewer'}
          , {plan.dueAt ? `due ${plan.dueAt.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}` : 'no due time'}
          {' '}and {plan.questions.status ? 'the verdict you choose' : `status ${STATUS_LABELS[plan.status]}`}. It gains claim{sources.length === 1 ? '' : 's'} {sources.map((c) => c.number).join(', ')}’s places in the text, {evidence} piece{evidence === 1 ? '' : 's'} of evidence and {comments} comment{comments === 1 ? '' : 's'}; their numbers are not used again.
        </p>
        <div className="flex gap-2">
          <button type="submit" disabled={!ready} className="rounded bg-gray-900 px-3 py-1 text-white disabled:opacity-60">Merge into claim {target.number}</button>
          <button type="button" className={button} onClick={() => ref.current?.close()}>Cancel</button>
        </div>
      </form>
    </dialog>
  );
}
