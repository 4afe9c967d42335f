'use client';
// The editor's main screen: the article with highlights, the claims list, one claim in full.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ProgressBar } from '@/app/_components/progress-bar';
import { api, ApiError } from '@/app/_lib/api-client';
import type { ClaimStatus } from '@/db/schema';
import { isChecked } from '@/lib/claims/status';
import { ArticleDetailsForm } from './article-details-form';
import { ArticleText } from './article-text';
import { claimNumbers } from '@/lib/claims/numbering';
import type { CarryOverGroup } from '@/lib/versions/summary-text';
import type { BoardArticle, BoardClaim, BoardPerson } from './board-types';
import { isInText } from './board-types';
import { BulkBar, SelectionBar } from './board-toolbars';
import { ClaimPanel } from './claim-panel';
import { applyFilter, ClaimsList, type ListFilter } from './claims-list';
import { Shortcuts, useBoardKeys } from './shortcuts';
import { RemovedClaims } from './versions/removed-claims';
import { RemovedNotice, TextChanged } from './versions/text-changed';
import { VersionSummary, type BoardVersion } from './versions/version-summary';

/** The claims and the versions the editor saw, as bulk assignment wants them. */
function versionsOf(picked: BoardClaim[], rest: { assigneeId: string | null; dueAt: string | null }) {
  return { claimIds: picked.map((c) => c.id), versions: Object.fromEntries(picked.map((c) => [c.id, c.version])), ...rest };
}

interface Props {
  article: BoardArticle;
  claims: BoardClaim[];
  people: BoardPerson[];
  actor: { id: string; role: string };
  canEdit: boolean;
  canExport: boolean;
  initialClaimId?: string;
  /** The latest version; its summary shows once there is more than one. */
  version: BoardVersion | null;
  /** Set right after an import, to announce its summary. */
  justImported: boolean;
}

export function Board({ article, claims, people, actor, canEdit, canExport, initialClaimId, version, justImported }: Props) {
  const router = useRouter();
  const [filter, setFilter] = useState<ListFilter>({ status: 'all', assignee: 'all', kind: 'all', change: 'all', sort: 'position' });
  const [placingId, setPlacingId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(initialClaimId ?? null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  // Progress counts the claims in the text; removed ones wait in their own list.
  const inText = useMemo(() => claims.filter(isInText), [claims]);
  const live = useMemo(() => inText.filter((c) => c.status !== 'dismissed'), [inText]);
  const numbers = useMemo(() => claimNumbers(claims), [claims]);
  const carryOver = version && version.number > 1 ? version.carryOver : null;
  const shown = useMemo(() => applyFilter([...claims], filter, carryOver), [claims, filter, carryOver]);
  const placing = claims.find((c) => c.id === placingId && c.anchor === 'removed') ?? null;
  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const checkedCount = live.filter((c) => isChecked(c.status)).length;
  const canChangeStatus = (c: BoardClaim) => canEdit || c.assignee?.id === actor.id;

  const refresh = useCallback(() => router.refresh(), [router]);

  const run = useCallback(async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setMessage({ kind: 'ok', text: done });
      refresh();
      return true;
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : 'That did not work; nothing was saved.' });
      if (e instanceof ApiError && e.status === 409) refresh();
      return false;
    }
  }, [refresh]);

  const setStatus = useCallback((status: ClaimStatus) => {
    const allowed = selected && (canEdit || selected.assignee?.id === actor.id) && (status !== 'dismissed' || canEdit);
    if (!allowed) return;
    void run(() => api(`/api/v1/claims/${selected.id}`, { method: 'PATCH', body: { version: selected.version, status } }), `Claim ${numbers.get(selected.id)} set to ${status.replace('_', ' ')}.`);
  }, [selected, canEdit, actor.id, run, numbers]);

  const move = useCallback((step: number) => {
    if (shown.length === 0) return;
    const i = shown.findIndex((c) => c.id === selectedId);
    const next = shown[Math.min(shown.length - 1, Math.max(0, i === -1 ? 0 : i + step))]!;
    setSelectedId(next.id);
    document.getElementById(`claim-row-${next.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [shown, selectedId]);

  const [showHelp, setShowHelp] = useState(false);
  useBoardKeys({ move, setStatus, toggleHelp: () => setShowHelp((v) => !v) });

  useEffect(() => {
    if (selectedId && !claims.some((c) => c.id === selectedId)) setSelectedId(null);
  }, [claims, selectedId]);

  // Keep the selected claim in view in the article as well as in the list.
  useEffect(() => {
    if (!selectedId) return;
    document.querySelector(`mark[data-claim="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selectedId]);

  return (
    <div>
      <header className="mb-4 space-y-2">
        <h1 className="font-serif text-3xl font-bold">{article.title}</h1>
        {article.dek && <p className="text-lg text-gray-700">{article.dek}</p>}
        <p className="text-sm text-gray-600">
          {[article.byline, article.publication, article.publishedAt].filter(Boolean).join(' · ')}
          {article.sourceUrl && <> · <a className="underline" href={article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">source</a></>}
        </p>
        <div className="flex flex-wrap items-end gap-4">
          <div className="min-w-64 flex-1"><ProgressBar checked={checkedCount} total={live.length} /></div>
          {canExport && (
            <nav aria-label="Export" className="flex flex-wrap gap-2 text-sm">
              <a className="rounded border border-gray-400 px-2 py-1 hover:bg-gray-100" href={`/api/v1/articles/${article.id}/export?format=html`} download>Download annotated article</a>
              <a className="rounded border border-gray-400 px-2 py-1 hover:bg-gray-100" href={`/api/v1/articles/${article.id}/export?format=report`} download>Download report</a>
              <details className="relative">
                <summary className="cursor-pointer rounded border border-gray-400 px-2 py-1">More formats</summary>
                <ul className="absolute right-0 z-10 mt-1 w-48 rounded border border-gray-300 bg-white p-2 shadow">
                  {[['md', 'Report (Markdown)'], ['csv', 'Claims (CSV)'], ['json', 'Report (JSON)'], ['claimreview', 'ClaimReview (JSON-LD)'], ['annotations', 'W3C annotations']].map(([f, label]) => (
                    <li key={f}><a className="block px-1 py-0.5 underline" href={`/api/v1/articles/${article.id}/export?format=${f}`} download>{label}</a></li>
                  ))}
                </ul>
              </details>
            </nav>
          )}
        </div>
        {version && version.number > 1 && (
          <VersionSummary articleId={article.id} version={version} active={filter.change === 'all' ? null : filter.change} justImported={justImported}
            onFilter={(g: CarryOverGroup | null) => setFilter((f) => ({ ...f, change: g ?? 'all' }))} />
        )}
        <nav aria-label="Versions" className="flex flex-wrap gap-3 text-sm">
          <span>{version && version.number > 1 ? `Showing version ${version.number}, the latest` : 'Version 1'}</span>
          {canEdit && <Link className="underline" href={`/articles/${article.id}/versions/new`}>Import a new version</Link>}
          {version && version.number > 1 && <Link className="underline" href={`/articles/${article.id}/versions`}>All versions</Link>}
        </nav>
        {canEdit && <ArticleDetailsForm article={article} onSaved={() => { setMessage({ kind: 'ok', text: 'Article details saved.' }); refresh(); }} />}
        <div aria-live="polite">
          {message && <p role={message.kind === 'error' ? 'alert' : 'status'} className={`rounded px-2 py-1 text-sm ${message.kind === 'error' ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-800'}`}>{message.text}</p>}
        </div>
      </header>

      {canEdit && selection && (
        <SelectionBar selection={selection} body={article.body} selected={selected} numbers={numbers} placing={placing}
          onPlace={() => placing && run(() => api(`/api/v1/claims/${placing.id}/place`, { body: { version: placing.version, ...selection } }), `Claim ${numbers.get(placing.id)} placed in the text.`).then((ok) => { if (ok) { setSelection(null); setPlacingId(null); setSelectedId(placing.id); } })}
          onAdd={() => run(() => api(`/api/v1/articles/${article.id}/claims`, { body: selection }), 'Claim added from your selection.').then((ok) => ok && setSelection(null))}
          onSplit={(at) => selected && run(() => api(`/api/v1/claims/${selected.id}/split`, { body: { version: selected.version, at } }), `Claim ${numbers.get(selected.id)} split in two.`)} />
      )}
      {canEdit && checked.size > 0 && (
        <BulkBar count={checked.size} people={people}
          onAssign={(assigneeId, dueAt) => run(() => api('/api/v1/claims/assign', { body: versionsOf(claims.filter((c) => checked.has(c.id)), { assigneeId, dueAt }) }), assigneeId ? `${checked.size} claims assigned.` : `${checked.size} claims unassigned.`).then((ok) => ok && setChecked(new Set()))}
          onMerge={checked.size >= 2 ? () => {
            const picked = claims.filter((c) => checked.has(c.id)).sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
            const [target, ...rest] = picked;
            return run(() => api('/api/v1/claims/merge', { body: { targetId: target!.id, targetVersion: target!.version, sourceIds: rest.map((c) => c.id), sourceVersions: Object.fromEntries(rest.map((c) => [c.id, c.version])) } }), `Merged ${picked.length} claims into claim ${numbers.get(target!.id)}.`).then((ok) => ok && setChecked(new Set()));
          } : undefined}
          onClear={() => setChecked(new Set())} />
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)]">
        <article aria-label="Article text" className="rounded border border-gray-200 bg-white p-6">
          {claims.length === 0 && <p className="mb-4 rounded bg-amber-50 p-2 text-sm">No claims were found in this article. Select text to add one by hand.</p>}
          <ArticleText body={article.body} claims={inText} numbers={numbers} selectedId={selectedId} onSelect={setSelectedId} onSelection={setSelection} />
        </article>
        <div className="space-y-4 lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:overflow-y-auto lg:pr-1" aria-label="Claims and the selected claim" role="region">
          {selected?.anchor === 'edited' && selected.previousText && (
            <TextChanged previousText={selected.previousText} quote={selected.quote} status={selected.status} needsRecheck={selected.needsRecheck} canConfirm={canChangeStatus(selected)}
              onConfirm={() => run(() => api(`/api/v1/claims/${selected.id}`, { method: 'PATCH', body: { version: selected.version, status: selected.status } }), `Claim ${numbers.get(selected.id)} re-checked: the verdict stands for the new wording.`)} />
          )}
          {selected?.anchor === 'removed' && (
            <RemovedNotice lastSeenInVersion={selected.lastSeenInVersion ?? 1} canPlace={canEdit} placing={placingId === selected.id} onPlace={() => setPlacingId(selected.id)} />
          )}
          {selected ? (
            <ClaimPanel claim={selected} number={numbers.get(selected.id)!} people={people} canEdit={canEdit} canChangeStatus={canChangeStatus(selected)} onChanged={refresh} />
          ) : (
            <p className="rounded border border-dashed border-gray-300 p-4 text-sm text-gray-600">Pick a claim in the text or the list to check it. Press ? for keyboard shortcuts.</p>
          )}
          <ClaimsList claims={shown} numbers={numbers} people={people} filter={filter} onFilter={setFilter} selectedId={selectedId}
            onSelect={setSelectedId} checked={checked} onCheck={setChecked} canAssign={canEdit}
            version={version && version.carryOver ? { number: version.number, carryOver: version.carryOver } : null} />
          <RemovedClaims claims={claims} numbers={numbers} canEdit={canEdit} onOpen={setSelectedId}
            onPlace={(id) => { setSelectedId(id); setPlacingId(id); }}
            onDismiss={(c) => run(() => api(`/api/v1/claims/${c.id}`, { method: 'PATCH', body: { version: c.version, status: 'dismissed' } }), `Claim ${numbers.get(c.id)} dismissed.`)} />
          <Shortcuts open={showHelp} onToggle={() => setShowHelp((v) => !v)} canEdit={canEdit} />
        </div>
      </div>
    </div>
  );
}
