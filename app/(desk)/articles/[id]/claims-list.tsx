'use client';
// The claims beside the article: search, filters and sorts (list-filters.ts), a check-worthiness
// threshold, select-all for bulk work, and a list that draws only the rows in view once it is long.
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, memo, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { StatusBadge } from '@/app/_components/status-badge';
import { useBoard } from './board-context';
import type { BoardClaim } from './board-types';
import { BulkBar } from './board-toolbars';
import { AnchorBadge } from './versions/anchor-badge';
import { CLAIM_FILTERS, CLAIM_SORTS, DEFAULT_VIEW, type ListView } from './list-filters';
import { ShownText } from '@/app/_components/shown-text';
import { scoreText } from './score-reasons';

/** Up to this many rows are all drawn (Ctrl+F works); longer lists draw the rows in view. */
export const DRAW_ALL_UP_TO = 120;
const ROW_HEIGHT = 92;

export interface ListHandle {
  scrollTo: (id: string) => void;
}

interface Props {
  claims: BoardClaim[];
  shown: BoardClaim[];
  view: ListView;
  onView: (v: ListView) => void;
  selectedId: string | null;
  ready: boolean;
  /** The claims did not load: the board says so above the list, with a way to try again. */
  failed?: boolean;
  onOpen: (id: string, focusPanel: boolean) => void;
  checked: Set<string>;
  onCheck: (ids: Set<string>) => void;
}

const control = 'rounded border border-gray-400 bg-white px-1 py-0.5 text-sm';
const due = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export const ClaimsList = forwardRef<ListHandle, Props>(function ClaimsList({ claims, shown, view, onView, selectedId, ready, failed, onOpen, checked, onCheck }, ref) {
  const { people, actor, canEdit, version } = useBoard();
  const scroller = useRef<HTMLDivElement>(null);
  // On a phone the filters fold away behind one button; the search box stays.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const virtual = shown.length > DRAW_ALL_UP_TO;
  const virtualizer = useVirtualizer({
    count: virtual ? shown.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const indexOf = useMemo(() => new Map(shown.map((c, i) => [c.id, i])), [shown]);

  useImperativeHandle(ref, () => ({
    scrollTo: (id) => {
      const i = indexOf.get(id);
      if (i === undefined) return;
      if (virtual) virtualizer.scrollToIndex(i, { align: 'auto' });
      else document.getElementById(`claim-row-${id}`)?.scrollIntoView({ block: 'nearest' });
    },
  }), [indexOf, virtual, virtualizer]);

  const allShownChecked = shown.length > 0 && shown.every((c) => checked.has(c.id));
  const toggle = (id: string) => {
    const next = new Set(checked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onCheck(next);
  };
  const filtered = shown.length !== claims.length;
  const ctx = { people, actorId: actor.id, now: 0, version };

  const row = (c: BoardClaim, style?: React.CSSProperties, index?: number) => (
    <Row key={c.id} claim={c} selected={c.id === selectedId} checked={checked.has(c.id)} canCheck={canEdit} onToggle={toggle} onOpen={onOpen}
      style={style} index={index} setSize={virtual ? shown.length : undefined} measure={virtual ? virtualizer.measureElement : undefined} />
  );

  // Until the claims arrive there is nothing to search, filter or select: the page's server render
  // draws the heading alone, and the tools come with the list.
  if (!ready) {
    return (
      <div className="flex flex-col gap-2 lg:h-full">
        <h2 id="claims-heading" className="text-lg font-semibold">Claims</h2>
        {!failed && <p className="text-sm text-gray-600">Loading the claims…</p>}
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-2 lg:h-full">
      <h2 id="claims-heading" className="text-lg font-semibold">Claims</h2>
      <div className="space-y-2 rounded border border-gray-200 bg-white p-2" role="group" aria-label="Find and sort claims">
        <label className="block text-sm">
          <span className="sr-only">Search claims</span>
          <input type="search" data-field="search" value={view.search} onChange={(e) => onView({ ...view, search: e.target.value })}
            placeholder="Search claims: words, names, figures  (/)" className="w-full rounded border border-gray-400 px-2 py-1" aria-label="Search claims" />
        </label>
        <button type="button" className="text-sm underline lg:hidden" aria-expanded={filtersOpen} aria-controls="claim-filters" onClick={() => setFiltersOpen((o) => !o)}>
          {filtersOpen ? 'Hide filters and sorting' : 'Filters and sorting'}
        </button>
        <div id="claim-filters" className={`${filtersOpen ? 'flex' : 'hidden'} flex-wrap gap-x-3 gap-y-1 lg:flex`}>
          {CLAIM_FILTERS.filter((f) => f.available?.(ctx) ?? true).map((f) => (
            <label key={f.id} className="text-sm">{f.label}{' '}
              <select aria-label={`Filter by ${f.label.toLowerCase()}`} className={control} value={view.filters[f.id] ?? f.all}
                onChange={(e) => onView({ ...view, filters: { ...view.filters, [f.id]: e.target.value } })}>
                {f.options(ctx).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </label>
          ))}
          <label className="text-sm">Sort{' '}
            <select aria-label="Sort claims" className={control} value={view.sort} onChange={(e) => onView({ ...view, sort: e.target.value })}>
              {CLAIM_SORTS.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
            </select>
          </label>
          <label className="text-sm">Check-worthiness at least{' '}
            <input type="number" min={0} max={1} step={0.05} value={view.minScore} className={`${control} w-16`}
              onChange={(e) => onView({ ...view, minScore: Math.min(1, Math.max(0, Number(e.target.value) || 0)) })} />
          </label>
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {canEdit && shown.length > 0 && (
            <label className="flex items-center gap-1">
              <input type="checkbox" checked={allShownChecked}
                onChange={() => onCheck(allShownChecked ? new Set([...checked].filter((id) => !indexOf.has(id))) : new Set([...checked, ...shown.map((c) => c.id)]))} />
              Select all {shown.length} shown
            </label>
          )}
          <span aria-live="polite" className="text-gray-700">
            {filtered ? `${shown.length} of ${claims.length} claims shown` : `${claims.length} claims`}
          </span>
          {filtered && <button type="button" className="underline" onClick={() => onView(DEFAULT_VIEW)}>Show all</button>}
        </div>
      </div>
      {canEdit && checked.size > 0 && <BulkBar checkedIds={checked} onDone={() => onCheck(new Set())} />}

      {shown.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 bg-white p-4 text-sm text-gray-700">
          {claims.length === 0 ? 'This article has no claims yet.' : 'No claims match this search and these filters.'}{' '}
          {claims.length > 0 && <button type="button" className="underline" onClick={() => onView(DEFAULT_VIEW)}>Show all claims</button>}
        </p>
      ) : virtual ? (
        <div ref={scroller} className="h-[70dvh] overflow-y-auto">
          <ol aria-label="Claims in this article" className="relative" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => row(shown[item.index]!, { position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }, item.index))}
          </ol>
        </div>
      ) : (
        <ol aria-label="Claims in this article" className="space-y-1">{shown.map((c) => row(c))}</ol>
      )}
    </div>
  );
});

interface RowProps {
  claim: BoardClaim;
  selected: boolean;
  checked: boolean;
  canCheck: boolean;
  onToggle: (id: string) => void;
  onOpen: (id: string, focusPanel: boolean) => void;
  style?: React.CSSProperties;
  index?: number;
  setSize?: number;
  measure?: (el: Element | null) => void;
}

const Row = memo(function Row({ claim: c, selected, checked, canCheck, onToggle, onOpen, style, index, setSize, measure }: RowProps) {
  const { personName } = useBoard();
  const assignee = personName(c.assigneeId);
  return (
    <li id={`claim-row-${c.id}`} ref={measure} data-index={index} style={style} aria-posinset={setSize ? index! + 1 : undefined} aria-setsize={setSize}
      className={`flex gap-2 rounded border p-2 text-sm ${selected ? 'border-gray-900 bg-white shadow-sm' : 'border-gray-200 bg-white/70'} ${setSize ? 'mb-1' : ''}`}>
      {canCheck && (
        <input type="checkbox" className="mt-1" checked={checked} onChange={() => onToggle(c.id)} aria-label={`Select claim ${c.number}`} />
      )}
      <button type="button" data-row-button className="min-w-0 flex-1 text-left" aria-current={selected ? 'true' : undefined}
        onClick={(e) => onOpen(c.id, e.detail === 0)}>
        <span className="flex flex-wrap items-center gap-1">
          <span className="font-semibold">{c.number}.</span>
          <StatusBadge status={c.status} />
          <AnchorBadge claim={c} />
          <span className="text-gray-700">{c.kind} · score {scoreText(c.score)}{c.reasons.length > 0 && <span className="hidden sm:inline">: {c.reasons.slice(0, 2).join(', ')}</span>}</span>
        </span>
        <span className="mt-1 block line-clamp-2"><ShownText text={c.statement} /></span>
        <span className="mt-0.5 block text-xs text-gray-700">
          {c.attribution ? <>Source: <ShownText text={c.attribution} /></> : 'The article’s own assertion'}
          {' · '}
          {assignee ? <>Assigned to <ShownText text={assignee} /></> : 'Unassigned'}
          {c.dueAt && ` · due ${due(c.dueAt)}`}
          {c.evidenceCount > 0 && ` · ${c.evidenceCount} evidence`}
        </span>
      </button>
    </li>
  );
});
