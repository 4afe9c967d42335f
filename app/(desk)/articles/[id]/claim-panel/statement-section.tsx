'use client';
// What to check, in the checker's words, above the sentence as the article printed it; who made
// the claim and what kind it is. Editors fix them here: `e`, `a` or `t`, type, Enter.
import { useEffect, useMemo, useState } from 'react';
import { CLAIM_KINDS, type ClaimKind } from '@/db/schema';
import { useBoard } from '../board-context';
import { isInText } from '../board-types';
import type { SectionProps } from './sections';
import { ShownText } from '@/app/_components/shown-text';

const field = 'mt-1 w-full rounded border border-gray-400 px-2 py-1 text-sm';
const KIND_WORDS: Record<ClaimKind, string> = { statistic: 'statistic', quote: 'quote', event: 'event', forecast: 'forecast', other: 'other' };

/** A draft that follows the saved value until the person starts typing, and keeps what they typed after. */
function useDraft(saved: string) {
  const [draft, setDraft] = useState(saved);
  const [dirty, setDirty] = useState(false);
  useEffect(() => { if (!dirty) setDraft(saved); }, [saved, dirty]);
  return { draft, dirty, edit: (v: string) => { setDraft(v); setDirty(true); }, saved: () => setDirty(false) };
}

export function StatementSection({ claim, detail }: SectionProps) {
  const { body, canEdit, patch, store } = useBoard();
  // A claim no longer in the text quotes the version it was last seen in (from its detail).
  const quote = isInText(claim) ? body.slice(claim.start, claim.end) : (detail?.claim.quote ?? claim.statement);
  const rewritten = claim.statement !== quote;
  const statement = useDraft(claim.statement);
  const attribution = useDraft(claim.attribution ?? '');
  const known = useMemo(() => [...new Set(store.getSnapshot().map((c) => c.attribution).filter((a): a is string => Boolean(a)))].sort(), [store]);

  return (
    <section aria-labelledby="statement-heading" className="space-y-3">
      <div>
        <h3 id="statement-heading" className="text-sm font-semibold uppercase tracking-wide text-gray-700">Statement to check</h3>
        {canEdit ? (
          <form onSubmit={async (e) => { e.preventDefault(); if (await patch(claim, { statement: statement.draft }, 'Statement saved.')) statement.saved(); }}>
            <label className="sr-only" htmlFor={`statement-${claim.id}`}>Statement to check</label>
            <textarea id={`statement-${claim.id}`} data-field="statement" value={statement.draft} rows={Math.min(8, Math.max(2, Math.ceil(statement.draft.length / 48)))} maxLength={2000}
              onChange={(e) => statement.edit(e.target.value)}
              onKeyDown={(e) => { if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) e.currentTarget.form?.requestSubmit(); }}
              className={`${field} font-serif text-base`} />
            {statement.dirty && statement.draft !== claim.statement && (
              <div className="mt-1 flex gap-2">
                <button type="submit" className="rounded bg-gray-900 px-2 py-1 text-sm text-white">Save statement</button>
                <button type="button" className="rounded border border-gray-400 px-2 py-1 text-sm" onClick={() => { statement.saved(); statement.edit(claim.statement); statement.saved(); }}>Undo my edit</button>
              </div>
            )}
          </form>
        ) : (
          <p className="mt-1 font-serif text-lg"><ShownText text={claim.statement} /></p>
        )}
      </div>
      <div>
        {rewritten ? (
          <>
            <h3 className="text-sm font-semibold text-gray-700">Original sentence in the article</h3>
            <blockquote className="mt-1 border-l-4 border-gray-300 pl-3 font-serif text-gray-800"><ShownText text={quote} /></blockquote>
          </>
        ) : (
          <p className="text-sm text-gray-700">In the article’s own words{canEdit ? '; rewrite it as the claim to check if it needs it (e).' : '.'}</p>
        )}
        {claim.spans.length > 0 && <p className="mt-1 text-sm text-gray-700">Also stated {claim.spans.length} more time{claim.spans.length > 1 ? 's' : ''} in the article (headline, dek or a repeat).</p>}
      </div>
      {canEdit ? (
        <div className="grid gap-2 sm:grid-cols-[1fr_auto]">
          <form onSubmit={async (e) => {
            e.preventDefault();
            const value = attribution.draft.trim();
            if (await patch(claim, { attributionSource: value || null }, value ? `Attribution set to ${value}.` : 'Attribution removed: the article’s own assertion.')) attribution.saved();
          }}>
            <label className="block text-sm font-medium" htmlFor={`attribution-${claim.id}`}>Who made the claim <span className="hidden font-normal text-gray-700 lg:inline">(a, then Enter)</span></label>
            <div className="flex gap-1">
              <input id={`attribution-${claim.id}`} data-field="attribution" list={`sources-${claim.id}`} value={attribution.draft} maxLength={300}
                placeholder="Nobody: the article’s own assertion" onChange={(e) => attribution.edit(e.target.value)}
                onFocus={(e) => e.currentTarget.select()} className={field} />
              {attribution.dirty && attribution.draft !== (claim.attribution ?? '') && <button type="submit" className="mt-1 rounded bg-gray-900 px-2 text-sm text-white">Save</button>}
            </div>
            <datalist id={`sources-${claim.id}`}>{known.map((a) => <option key={a} value={a} />)}</datalist>
          </form>
          <label className="block text-sm font-medium">Kind <span className="hidden font-normal text-gray-700 lg:inline">(t)</span>
            <select data-field="kind" value={claim.kind} className={field}
              onChange={(e) => void patch(claim, { kind: e.target.value }, `Kind set to ${KIND_WORDS[e.target.value as ClaimKind]}.`)}>
              {CLAIM_KINDS.map((k) => <option key={k} value={k}>{KIND_WORDS[k]}</option>)}
            </select>
          </label>
        </div>
      ) : (
        <p className="text-sm"><span className="font-medium">Who made it:</span> {claim.attribution ?? 'nobody named: the article’s own assertion'} · <span className="font-medium">Kind:</span> {KIND_WORDS[claim.kind]}</p>
      )}
    </section>
  );
}
