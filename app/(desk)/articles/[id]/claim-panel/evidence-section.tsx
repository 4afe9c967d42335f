'use client';
// The sources on a claim: each with its stance, excerpt and note, editable and removable by
// whoever may review the claim, and a form to add another.
import { useMemo, useState } from 'react';
import { linkedSources, type LinkedSource } from '@/lib/claims/linked-sources';
import { api, ApiError } from '@/app/_lib/api-client';
import { STANCE_LABELS } from '@/lib/claims/status';
import { useBoard } from '../board-context';
import { fromClaimJson, isInText, type ClaimDetail, type ClaimJson } from '../board-types';
import { EvidenceForm, type EvidenceInput, type SubmitResult } from './evidence-form';
import type { SectionProps } from './sections';
import { ShownText } from '@/app/_components/shown-text';

const asResult = (e: unknown): SubmitResult =>
  e instanceof ApiError ? { message: e.message, fields: e.fields } : { message: 'That did not work; nothing was saved.' };

export function EvidenceSection({ claim, detail }: SectionProps) {
  const { canReview, store, showToast, body, links } = useBoard();
  const [editing, setEditing] = useState<string | null>(null);
  // A link from the article chosen to start the next piece of evidence; the form is drawn again with it.
  const [prefill, setPrefill] = useState<LinkedSource | null>(null);
  const may = canReview(claim);
  const attached = new Set(detail?.evidence.map((ev) => ev.url) ?? []);
  const linked = useMemo(
    // The claim's own passage and any further places that state it (a removed claim has neither).
    () => (isInText(claim) ? linkedSources(body, links, [[claim.start, claim.end], ...claim.spans]) : []),
    [body, links, claim],
  ).filter((l) => !attached.has(l.url));

  const save = async (work: () => Promise<{ claim: ClaimJson }>, done: string): Promise<SubmitResult> => {
    try {
      const res = await work();
      store.upsert(fromClaimJson(res.claim));
      showToast({ text: done });
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.current) store.upsert(fromClaimJson(e.current as ClaimJson));
      return asResult(e);
    }
  };

  return (
    <section aria-labelledby="evidence-heading">
      <h3 id="evidence-heading" className="font-semibold">Evidence{claim.evidenceCount ? ` (${claim.evidenceCount})` : ''}</h3>
      {!detail ? <p className="text-sm text-gray-700">Loading…</p> : detail.evidence.length === 0 ? (
        <p className="text-sm text-gray-700">No evidence yet. Add a link to a source that supports or contradicts the claim.</p>
      ) : (
        <ul className="space-y-2">
          {detail.evidence.map((ev) => (
            <li key={ev.id} className="rounded border border-gray-200 p-2 text-sm">
              {editing === ev.id ? (
                <EvidenceForm initial={ev} submitLabel="Save changes" onCancel={() => setEditing(null)}
                  onSubmit={async (input: EvidenceInput) => {
                    const r = await save(() => api<{ claim: ClaimJson }>(`/api/v1/evidence/${ev.id}`, { method: 'PATCH', body: { version: claim.version, ...input } }), 'Evidence saved.');
                    if (r === true) setEditing(null);
                    return r;
                  }} />
              ) : (
                <>
                  <span className="mr-1 rounded bg-gray-100 px-1 text-xs font-medium">{STANCE_LABELS[ev.stance]}</span>
                  <a href={ev.url} target="_blank" rel="noopener noreferrer nofollow" className="text-blue-800 underline">{ev.title}</a>
                  <span className="text-gray-700"> — {ev.publisher}</span>
                  {ev.archiveUrl && <> · <a href={ev.archiveUrl} target="_blank" rel="noopener noreferrer nofollow" className="underline">archived</a></>}
                  {ev.excerpt && <blockquote className="mt-1 border-l-2 border-gray-300 pl-2 text-gray-800">“{ev.excerpt}”</blockquote>}
                  {ev.note && <p className="mt-1 text-gray-700">{ev.note}</p>}
                  <p className="text-xs text-gray-700">Added by <ShownText text={ev.addedBy.name} />, {new Date(ev.createdAt).toLocaleString('en-GB')}</p>
                  {may && (
                    <div className="mt-1 flex gap-2 text-xs">
                      <button type="button" className="underline" onClick={() => setEditing(ev.id)} aria-label={`Edit evidence: ${ev.title}`}>Edit</button>
                      <RemoveButton title={ev.title} onRemove={async () => {
                        try {
                          await api(`/api/v1/evidence/${ev.id}`, { method: 'DELETE' });
                          const fresh = await api<ClaimDetail>(`/api/v1/claims/${claim.id}`);
                          store.upsert(fromClaimJson(fresh.claim));
                          showToast({ text: `Evidence removed: ${ev.title}.` });
                        } catch (e) {
                          showToast({ kind: 'error', text: e instanceof ApiError ? e.message : 'The evidence was not removed; try again.' });
                        }
                      }} />
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {linked.length > 0 && <LinkedInText linked={linked} may={may} onUse={setPrefill} />}
      {may && (
        <div className="mt-2">
          <EvidenceForm key={prefill?.url ?? 'blank'} submitLabel="Add evidence"
            prefill={prefill ? { url: prefill.url, title: prefill.text, publisher: prefill.host } : undefined}
            onSubmit={async (input) => {
              const r = await save(() => api<{ claim: ClaimJson }>(`/api/v1/claims/${claim.id}/evidence`, { body: input }), 'Evidence added.');
              if (r === true) setPrefill(null);
              return r;
            }} />
        </div>
      )}
    </section>
  );
}

/** Removing asks once, in place: "Remove 'Reuters report'? Yes / No". */
function RemoveButton({ title, onRemove }: { title: string; onRemove: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  if (!asking) return <button type="button" className="text-red-800 underline" onClick={() => setAsking(true)} aria-label={`Remove evidence: ${title}`}>Remove</button>;
  return (
    <span role="group" aria-label="Confirm removal" className="flex items-center gap-1">
      Remove it?
      <button type="button" className="rounded bg-red-800 px-1.5 text-white" onClick={() => { setAsking(false); void onRemove(); }}>Yes, remove</button>
      <button type="button" className="underline" onClick={() => setAsking(false)}>No</button>
    </span>
  );
}

/** The article's own links inside this claim: the journalist's sourcing, one click from becoming evidence. */
function LinkedInText({ linked, may, onUse }: { linked: LinkedSource[]; may: boolean; onUse: (l: LinkedSource) => void }) {
  return (
    <div className="mt-3 text-sm">
      <h4 className="font-medium">Linked in the article</h4>
      <ul className="mt-1 space-y-1">
        {linked.map((l) => (
          <li key={l.url} className="flex flex-wrap items-baseline gap-x-2">
            <a href={l.url} target="_blank" rel="noopener noreferrer nofollow" className="text-blue-800 underline"><ShownText text={l.text || l.url} /></a>
            <span className="text-gray-700">{l.host}</span>
            {may && (
              <button type="button" className="text-xs underline" onClick={() => onUse(l)} aria-label={`Use as evidence: ${l.text || l.url}`}>
                Use as evidence
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
