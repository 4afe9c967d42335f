'use client';
// The fact-checker's screen: the article text | the claims list | the claim in full. On a wide
// screen all three are in view at once, each scrolling on its own, the panel beside the list;
// on a phone the text and the list are two tabs and the claim opens as a full-screen sheet.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, ApiError } from '@/app/_lib/api-client';
import type { ClaimStatus } from '@/db/schema';
import { claimProgress, type ClaimProgress } from '@/lib/claims/progress';
import { STATUS_LABELS } from '@/lib/claims/status';
import type { CarryOverGroup } from '@/lib/versions/summary-text';
import { ArticleText } from './article-text';
import { BoardContext, type BoardContextValue, type Conflict, type Toast } from './board-context';
import { BoardHeader } from './board-header';
import { fetchBoard, fromClaimJson, isInText, type BoardArticle, type BoardClaim, type BoardPerson, type ClaimJson } from './board-types';
import { SelectionBar } from './board-toolbars';
import { ClaimPanel } from './claim-panel/panel';
import { ClaimsList, type ListHandle } from './claims-list';
import { ClaimsStore, useClaims } from './claims-store';
import { useLiveBoard } from './live-board';
import { applyView, DEFAULT_VIEW, type ListView } from './list-filters';
import { ShortcutsDialog, useBoardKeys } from './shortcuts';
import { ToastLine } from './toast';
import { useIsPhone } from './use-is-phone';
import { RemovedClaims } from './versions/removed-claims';
import { VersionSummary, type BoardVersion } from './versions/version-summary';

interface Props {
  /** The article's details; its text comes with the claims. */
  article: Omit<BoardArticle, 'body' | 'links'>;
  /**
   * Where the text and the claims load from (lib/articles/board-data.ts), fetched beside the
   * page rather than carried in it: the server renders the board's frame, the browser fills it.
   */
  payloadUrl: string;
  /** What the frame shows before they arrive. */
  summary: { claims: number; progress: ClaimProgress };
  people: BoardPerson[];
  actor: { id: string; name: string; role: string };
  canEdit: boolean;
  canExport: boolean;
  initialClaimId?: string;
  /** The latest version; its summary shows once there is more than one. */
  version: BoardVersion | null;
  /** Set right after an import, to announce its summary. */
  justImported: boolean;
}

export function Board({ article: initialArticle, payloadUrl, summary, people, actor, canEdit, canExport, initialClaimId, version, justImported }: Props) {
  const [article, setArticle] = useState<BoardArticle>(() => ({ ...initialArticle, body: '', links: [] }));
  const [store] = useState(() => new ClaimsStore([]));
  const claims = useClaims(store);
  // Set once the text and claims have arrived, with where the live stream stood when they were read.
  const [loaded, setLoaded] = useState<{ liveAfter: string } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [view, setView] = useState<ListView>(DEFAULT_VIEW);
  const [selectedId, setSelectedId] = useState<string | null>(initialClaimId ?? null);
  const [sheetOpen, setSheetOpen] = useState(Boolean(initialClaimId));
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [detailVersion, setDetailVersion] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const [tab, setTab] = useState<'claims' | 'text'>('claims');
  const [placingId, setPlacingId] = useState<string | null>(null);
  const isPhone = useIsPhone();
  const listRef = useRef<ListHandle>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const board = await fetchBoard(payloadUrl);
      store.reset(board.claims);
      setArticle(board.article);
      setLoaded({ liveAfter: board.liveAfter });
    } catch (e) {
      setLoadError(`The article’s text and claims did not load. ${e instanceof ApiError ? e.message : 'Check your connection.'}`);
    }
  }, [payloadUrl, store]);
  useEffect(() => void load(), [load]);

  const refreshDetail = useCallback(() => setDetailVersion((v) => v + 1), []);
  const live = useLiveBoard({ article, payloadUrl, liveAfter: loaded?.liveAfter ?? null, actorId: actor.id, store, people, selectedId, refreshDetail, onArticle: setArticle });

  const peopleById = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people]);
  const personName = useCallback((id: string | null) => (id ? (peopleById.get(id) ?? 'a former colleague') : null), [peopleById]);
  const versionInfo = useMemo(() => (version && version.number > 1 && version.carryOver ? { number: version.number, carryOver: version.carryOver } : null), [version]);
  const filterCtx = useMemo(() => ({ people, actorId: actor.id, now: Date.now(), version: versionInfo }), [people, actor.id, versionInfo]);
  const shown = useMemo(() => applyView(claims, view, filterCtx), [claims, view, filterCtx]);
  const selected = selectedId ? (claims.find((c) => c.id === selectedId) ?? null) : null;
  // The text shows, and progress counts, the claims in the latest version; removed ones wait apart.
  const inText = useMemo(() => claims.filter(isInText), [claims]);
  const progress = useMemo(() => (loaded ? claimProgress(inText.map((c) => c.status)) : summary.progress), [loaded, inText, summary.progress]);
  const canReview = useCallback((c: BoardClaim) => canEdit || c.assigneeId === actor.id, [canEdit, actor.id]);

  const showToast = useCallback((t: Toast) => setToast(t), []);
  const fail = useCallback((e: unknown) => {
    setToast({ kind: 'error', text: e instanceof ApiError ? e.message : 'That did not work; nothing was saved.' });
  }, []);

  const patch = useCallback(async (claim: BoardClaim, change: Record<string, unknown>, done: string) => {
    try {
      const res = await api<{ claim: ClaimJson }>(`/api/v1/claims/${claim.id}`, { method: 'PATCH', body: { version: claim.version, ...change } });
      store.upsert(fromClaimJson(res.claim));
      setConflict((c) => (c?.claimId === claim.id ? null : c));
      setToast({ text: done });
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.current) {
        const current = e.current as ClaimJson;
        store.upsert(fromClaimJson(current));
        setConflict({ claimId: claim.id, attempted: change, current, message: e.message });
        setSelectedId(claim.id);
        setSheetOpen(true);
        setToast(null);
        return false;
      }
      fail(e);
      return false;
    }
  }, [store, fail]);

  const setStatus = useCallback(async (claim: BoardClaim, status: ClaimStatus) => {
    if (claim.status === status) return true;
    const previous = claim.status;
    const ok = await patch(claim, { status }, `Claim ${claim.number} set to ${STATUS_LABELS[status]}.`);
    if (ok) {
      setToast({
        text: `Claim ${claim.number} set to ${STATUS_LABELS[status]}.`,
        undo: () => {
          const now = store.get(claim.id);
          if (now) void patch(now, { status: previous }, `Claim ${claim.number} is back to ${STATUS_LABELS[previous]}.`);
        },
      });
    }
    return ok;
  }, [patch, store]);

  const act = useCallback(async <T,>(work: () => Promise<T>, done: (result: T) => string | null) => {
    try {
      const result = await work();
      const text = done(result);
      if (text) setToast({ text });
      return result;
    } catch (e) {
      fail(e);
      return null;
    }
  }, [fail]);

  const resolveConflict = useCallback((keep: 'mine' | 'theirs') => {
    if (!conflict) return;
    const claim = store.get(conflict.claimId);
    if (keep === 'theirs' || !claim) {
      setConflict(null);
      setResetKey((k) => k + 1);
      setToast({ text: 'Kept their version; your change was set aside.' });
      return;
    }
    void patch(claim, conflict.attempted, 'Your version was saved over theirs.');
  }, [conflict, store, patch]);

  const select = useCallback((id: string, opts: { focusPanel?: boolean; from?: 'list' | 'text' | 'key' } = {}) => {
    setSelectedId(id);
    setSheetOpen(true);
    const claim = store.get(id);
    if (opts.from !== 'list') listRef.current?.scrollTo(id);
    // Bringing the passage into view lays out the whole text: do it after the panel has been
    // painted, so the claim appears at once and the text follows a frame later.
    if (claim && opts.from !== 'text') {
      requestAnimationFrame(() => setTimeout(() => document.querySelector(`mark[data-c="${claim.number}"]`)?.scrollIntoView({ block: 'nearest' }), 0));
    }
    if (opts.focusPanel) requestAnimationFrame(() => headingRef.current?.focus());
  }, [store]);

  const openFromText = useCallback((id: string, focusPanel: boolean) => select(id, { from: 'text', focusPanel }), [select]);
  const openFromList = useCallback((id: string, focusPanel: boolean) => select(id, { from: 'list', focusPanel }), [select]);

  const move = useCallback((step: number) => {
    if (shown.length === 0) return;
    const i = shown.findIndex((c) => c.id === selectedId);
    const next = shown[Math.min(shown.length - 1, Math.max(0, i === -1 ? 0 : i + step))]!;
    select(next.id, { from: 'key' });
    document.getElementById(`claim-row-${next.id}`)?.querySelector<HTMLElement>('[data-row-button]')?.focus({ preventScroll: true });
  }, [shown, selectedId, select]);

  useBoardKeys({
    enabled: !helpOpen,
    move,
    setStatus: (status) => {
      if (!selected || !canReview(selected)) return;
      if ((status === 'dismissed' || selected.status === 'dismissed') && !canEdit) return;
      void setStatus(selected, status);
    },
    openHelp: () => setHelpOpen(true),
    focusField: (name) => {
      if (!selected) return;
      // At once when the panel is on screen, so a quick "t q" lands the q in the kind menu.
      const now = document.querySelector<HTMLElement>(`[data-field="${name}"]`);
      if (now) return now.focus();
      setSheetOpen(true);
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-field="${name}"]`)?.focus());
    },
    focusSearch: () => document.querySelector<HTMLElement>('[data-field="search"]')?.focus(),
    closeSheet: () => setSheetOpen(false),
  });

  useEffect(() => {
    if (loaded && selectedId && !claims.some((c) => c.id === selectedId)) setSelectedId(null);
  }, [loaded, claims, selectedId]);

  const context: BoardContextValue = {
    store, articleId: article.id, body: article.body, links: article.links, people, personName, actor, canEdit, canReview, patch, setStatus, act,
    conflict, resolveConflict, showToast, detailVersion, refreshDetail, liveNotice: live.notice, dismissLiveNotice: live.dismissNotice,
    version: versionInfo, placingId, setPlacingId, select: (id) => select(id),
    showText: () => { setSheetOpen(false); setTab('text'); },
  };

  const clearSelection = () => {
    setSelection(null);
    window.getSelection()?.removeAllRanges();
  };

  const column = 'lg:sticky lg:top-2 lg:max-h-[calc(100dvh-1rem)] lg:overflow-y-auto';
  return (
    <BoardContext.Provider value={context}>
      <BoardHeader article={article} progress={progress} canEdit={canEdit} canExport={canExport} onArticleSaved={setArticle} onHelp={() => setHelpOpen(true)}
        versionNumber={version?.number ?? 1} present={live.present} />
      {versionInfo && version && (
        <div className="mb-3">
          <VersionSummary articleId={article.id} version={version} justImported={justImported}
            active={view.filters.change && view.filters.change !== 'all' ? (view.filters.change as CarryOverGroup) : null}
            onFilter={(g) => { setView((v) => ({ ...v, filters: { ...v.filters, change: g ?? 'all' } })); setTab('claims'); }} />
        </div>
      )}
      <ToastLine toast={toast} onDismiss={() => setToast(null)} />

      <div className="mb-2 flex gap-1 lg:hidden" role="tablist" aria-label="Show">
        {(['claims', 'text'] as const).map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} onClick={() => setTab(t)}
            className={`flex-1 rounded border px-3 py-2 text-sm font-medium ${tab === t ? 'border-gray-900 bg-gray-900 text-white' : 'border-gray-400 bg-white'}`}>
            {t === 'claims' ? `Claims (${loaded ? claims.length : summary.claims})` : 'Article text'}
          </button>
        ))}
      </div>

      <div className="grid gap-4 lg:grid-cols-[minmax(0,1.15fr)_minmax(0,0.95fr)_minmax(0,1fr)]">
        <div className={`${column} ${tab === 'text' ? '' : 'hidden'} rounded border border-gray-200 bg-white lg:block`}>
          {canEdit && selection && (
            <SelectionBar selection={selection} selected={selected} onDone={clearSelection} onSelectClaim={(id) => select(id)} />
          )}
          <article aria-label="Article text" className="p-5">
            {loaded && claims.length === 0 && <p className="mb-4 rounded bg-amber-50 p-2 text-sm">No claims were found in this article. Select text to add one by hand.</p>}
            {loaded ? (
              <ArticleText body={article.body} claims={inText} selectedId={selectedId} onOpen={openFromText} onSelection={setSelection} />
            ) : loadError ? <LoadFailed message={loadError} onRetry={load} announce={false} /> : <p className="text-sm text-gray-600">Loading the article…</p>}
          </article>
        </div>

        <section id="claims-list" tabIndex={-1} aria-labelledby="claims-heading" className={`${column} ${tab === 'claims' ? '' : 'hidden'} lg:block`}>
          <RemovedClaims claims={claims} />
          {loadError && !loaded && <LoadFailed message={loadError} onRetry={load} />}
          <ClaimsList ref={listRef} claims={claims} shown={shown} view={view} onView={setView} selectedId={selectedId} ready={loaded !== null} failed={loadError !== null}
            onOpen={openFromList} checked={checked} onCheck={setChecked} />
        </section>

        <ClaimPanel claim={selected} open={sheetOpen} isPhone={isPhone} onClose={() => setSheetOpen(false)} headingRef={headingRef} resetKey={resetKey}
          className={column} onSelectClaim={(id) => select(id)} />
      </div>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} canEdit={canEdit} />
    </BoardContext.Provider>
  );
}

/** Shown in the text's column and the list's; only one of the two is announced. */
function LoadFailed({ message, onRetry, announce = true }: { message: string; onRetry: () => void; announce?: boolean }) {
  return (
    <p role={announce ? 'alert' : undefined} className="mb-2 rounded border border-red-300 bg-red-50 p-2 text-sm">
      {message}{' '}
      <button type="button" className="underline" onClick={onRetry}>Try again</button>
    </p>
  );
}
