'use client';
// The editor's main screen: the article with highlights, the claims list, one claim in full.
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useFollowArticle, useLiveEvents, type LiveEvent } from '@/app/_components/live/live-events';
import { ProgressBar } from '@/app/_components/progress-bar';
import { api, ApiError } from '@/app/_lib/api-client';
import type { ClaimStatus } from '@/db/schema';
import { isChecked } from '@/lib/claims/status';
import { describeLiveChange } from '@/lib/events/describe-live';
import { ArticleDetailsForm } from './article-details-form';
import { ArticleText } from './article-text';
import type { BoardArticle, BoardClaim, BoardPerson } from './board-types';
import { BulkBar, SelectionBar } from './board-toolbars';
import { ClaimPanel } from './claim-panel';
import { applyFilter, ClaimsList, type ListFilter } from './claims-list';
import { Shortcuts, useBoardKeys } from './shortcuts';

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
  /** Where the rendered page stands in the live stream, so nothing between render and connect is missed. */
  liveAfter?: string;
}

export function Board({ article, claims: rendered, people, actor, canEdit, canExport, initialClaimId, liveAfter }: Props) {
  // Claims a live event told us about, fetched one by one: newer than the rendered page's
  // copy until the next render catches up. (Split, merge and new claims re-render the page.)
  const [fresh, setFresh] = useState<Map<string, BoardClaim>>(new Map());
  const claims = useMemo(
    () => rendered.map((c) => { const f = fresh.get(c.id); return f && f.version >= c.version ? f : c; }),
    [rendered, fresh],
  );
  const router = useRouter();
  const [filter, setFilter] = useState<ListFilter>({ status: 'all', assignee: 'all', kind: 'all', sort: 'position' });
  const [selectedId, setSelectedId] = useState<string | null>(initialClaimId ?? null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const live = useMemo(() => claims.filter((c) => c.status !== 'dismissed'), [claims]);
  const numbers = useMemo(() => new Map([...claims].sort((a, b) => a.start - b.start).map((c, i) => [c.id, i + 1])), [claims]);
  const shown = useMemo(() => applyFilter([...claims], filter), [claims, filter]);
  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const checkedCount = live.filter((c) => isChecked(c.status)).length;
  const canChangeStatus = (c: BoardClaim) => canEdit || c.assignee?.id === actor.id;

  const refresh = useCallback(() => router.refresh(), [router]);

  // Live: a colleague's change reaches this board without a reload.
  const [present, setPresent] = useState<{ id: string; name: string }[]>([]);
  const [remote, setRemote] = useState<{ claimId: string; text: string } | null>(null);
  // Bumped by every change to the open claim (comments too, which keep its version), so the panel re-reads it.
  const [liveTick, setLiveTick] = useState(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const localActionAt = useRef(0);
  useFollowArticle(article.id, liveAfter);
  useLiveEvents((event: LiveEvent) => {
    if (event.type === 'presence') return setPresent((event.people ?? []).filter((p) => p.id !== actor.id));
    if (event.type === 'reload') return refresh();
    if (event.type === 'notification' || event.type === 'ready' || event.type === 'closed' || event.articleId !== article.id) return;
    const structural = !event.claimId || ['claim.created', 'claim.split', 'claim.merged'].includes(event.type);
    if (!structural && event.claimId) {
      const id = event.claimId;
      api<{ claim: BoardClaim }>(`/api/v1/claims/${encodeURIComponent(id)}`)
        .then(({ claim }) => setFresh((m) => new Map(m).set(id, claim)))
        .catch(() => refresh());
    } else if (!(event.actor?.id === actor.id && Date.now() - localActionAt.current < 3_000)) {
      // This tab's own split, merge or new claim refreshes when its request returns; do not do it twice.
      if (pending.current) clearTimeout(pending.current);
      pending.current = setTimeout(refresh, 100);
    }
    if (event.claimId && event.claimId === selectedId) {
      setLiveTick((n) => n + 1);
      if (event.actor?.id !== actor.id) setRemote({ claimId: event.claimId, text: describeLiveChange(event, people) });
    }
  });

  const run = useCallback(async (work: () => Promise<unknown>, done: string) => {
    localActionAt.current = Date.now();
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
        {canEdit && <ArticleDetailsForm article={article} onSaved={() => { setMessage({ kind: 'ok', text: 'Article details saved.' }); refresh(); }} />}
        {present.length > 0 && (
          <p className="text-sm text-gray-700">
            <span className="font-medium">Also on this article:</span> {present.map((p) => p.name).join(', ')}
          </p>
        )}
        <div aria-live="polite">
          {message && <p role={message.kind === 'error' ? 'alert' : 'status'} className={`rounded px-2 py-1 text-sm ${message.kind === 'error' ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-800'}`}>{message.text}</p>}
        </div>
      </header>

      {canEdit && selection && (
        <SelectionBar selection={selection} body={article.body} selected={selected} numbers={numbers}
          onAdd={() => run(() => api(`/api/v1/articles/${article.id}/claims`, { body: selection }), 'Claim added from your selection.').then((ok) => ok && setSelection(null))}
          onSplit={(at) => selected && run(() => api(`/api/v1/claims/${selected.id}/split`, { body: { version: selected.version, at } }), `Claim ${numbers.get(selected.id)} split in two.`)} />
      )}
      {canEdit && checked.size > 0 && (
        <BulkBar count={checked.size} people={people}
          onAssign={(assigneeId, dueAt) => run(() => api('/api/v1/claims/assign', { body: versionsOf(claims.filter((c) => checked.has(c.id)), { assigneeId, dueAt }) }), assigneeId ? `${checked.size} claims assigned.` : `${checked.size} claims unassigned.`).then((ok) => ok && setChecked(new Set()))}
          onMerge={checked.size >= 2 ? () => {
            const picked = claims.filter((c) => checked.has(c.id)).sort((a, b) => a.start - b.start);
            const [target, ...rest] = picked;
            return run(() => api('/api/v1/claims/merge', { body: { targetId: target!.id, targetVersion: target!.version, sourceIds: rest.map((c) => c.id), sourceVersions: Object.fromEntries(rest.map((c) => [c.id, c.version])) } }), `Merged ${picked.length} claims into claim ${numbers.get(target!.id)}.`).then((ok) => ok && setChecked(new Set()));
          } : undefined}
          onClear={() => setChecked(new Set())} />
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)]">
        <article aria-label="Article text" className="rounded border border-gray-200 bg-white p-6">
          {claims.length === 0 && <p className="mb-4 rounded bg-amber-50 p-2 text-sm">No claims were found in this article. Select text to add one by hand.</p>}
          <ArticleText body={article.body} claims={claims} numbers={numbers} selectedId={selectedId} onSelect={setSelectedId} onSelection={setSelection} />
        </article>
        <div className="space-y-4 lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:overflow-y-auto lg:pr-1" aria-label="Claims and the selected claim" role="region">
          {selected ? (
            <ClaimPanel claim={selected} articleId={article.id} number={numbers.get(selected.id)!} people={people} canEdit={canEdit} canChangeStatus={canChangeStatus(selected)} onChanged={refresh}
              remote={remote?.claimId === selected.id ? remote.text : null} liveTick={liveTick} />
          ) : (
            <p className="rounded border border-dashed border-gray-300 p-4 text-sm text-gray-600">Pick a claim in the text or the list to check it. Press ? for keyboard shortcuts.</p>
          )}
          <ClaimsList claims={shown} numbers={numbers} people={people} filter={filter} onFilter={setFilter} selectedId={selectedId}
            onSelect={setSelectedId} checked={checked} onCheck={setChecked} canAssign={canEdit} />
          <Shortcuts open={showHelp} onToggle={() => setShowHelp((v) => !v)} canEdit={canEdit} />
        </div>
      </div>
    </div>
  );
}
