'use client';
// The claims beside the article: filter, sort, pick several for assignment.
import { CLAIM_KINDS, CLAIM_STATUSES } from '@/db/schema';
import { StatusBadge } from '@/app/_components/status-badge';
import { STATUS_LABELS } from '@/lib/claims/status';
import type { CarryOverIds } from '@/db/schema';
import { CARRY_OVER_GROUPS, GROUP_LABELS, type CarryOverGroup } from '@/lib/versions/summary-text';
import type { BoardClaim, BoardPerson } from './board-types';

export interface ListFilter {
  status: string;
  assignee: string;
  kind: string;
  /** What the latest version's import did to the claim: one of its carry-over groups, or all. */
  change: CarryOverGroup | 'all';
  sort: 'position' | 'score' | 'due';
}

// Claims no longer in the text have no position; they sort after the others.
const position = (c: BoardClaim) => c.start ?? Number.POSITIVE_INFINITY;

export function applyFilter(claims: BoardClaim[], f: ListFilter, carryOver: CarryOverIds | null = null): BoardClaim[] {
  const inGroup = f.change !== 'all' && carryOver ? new Set(carryOver[f.change]) : null;
  const shown = claims.filter(
    (c) =>
      (f.status === 'all' || (f.status === 'open' ? !['confirmed', 'disputed', 'single_source', 'dismissed'].includes(c.status) || c.needsRecheck : c.status === f.status)) &&
      (f.assignee === 'all' || (f.assignee === 'none' ? !c.assignee : c.assignee?.id === f.assignee)) &&
      (f.kind === 'all' || c.kind === f.kind) &&
      (!inGroup || inGroup.has(c.id)),
  );
  const due = (c: BoardClaim) => (c.dueAt ? Date.parse(c.dueAt) : Number.POSITIVE_INFINITY);
  if (f.sort === 'score') return shown.sort((a, b) => b.score - a.score || position(a) - position(b));
  if (f.sort === 'due') return shown.sort((a, b) => due(a) - due(b) || position(a) - position(b));
  return shown.sort((a, b) => position(a) - position(b));
}

interface Props {
  claims: BoardClaim[];
  numbers: Map<string, number>;
  people: BoardPerson[];
  filter: ListFilter;
  onFilter: (f: ListFilter) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  checked: Set<string>;
  onCheck: (ids: Set<string>) => void;
  canAssign: boolean;
  /** The latest version, when there is more than one: its carry-over groups filter the list. */
  version: { number: number; carryOver: CarryOverIds } | null;
}

const select = 'rounded border border-gray-400 bg-white px-1 py-0.5 text-sm';

export function ClaimsList({ claims, numbers, people, filter, onFilter, selectedId, onSelect, checked, onCheck, canAssign, version }: Props) {
  const toggle = (id: string) => {
    const next = new Set(checked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onCheck(next);
  };
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading" className="sr-only">Claims</h2>
      <div className="mb-2 flex flex-wrap gap-2" role="group" aria-label="Filter and sort claims">
        <label className="text-sm">Status{' '}
          <select aria-label="Filter by status" className={select} value={filter.status} onChange={(e) => onFilter({ ...filter, status: e.target.value })}>
            <option value="all">All</option>
            <option value="open">Open (no verdict)</option>
            {CLAIM_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
          </select>
        </label>
        <label className="text-sm">Assignee{' '}
          <select aria-label="Filter by assignee" className={select} value={filter.assignee} onChange={(e) => onFilter({ ...filter, assignee: e.target.value })}>
            <option value="all">Anyone</option>
            <option value="none">Unassigned</option>
            {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <label className="text-sm">Kind{' '}
          <select aria-label="Filter by kind" className={select} value={filter.kind} onChange={(e) => onFilter({ ...filter, kind: e.target.value })}>
            <option value="all">All</option>
            {CLAIM_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </label>
        {version && (
          <label className="text-sm">In version {version.number}{' '}
            <select aria-label={`Filter by what version ${version.number} did to the claim`} className={select} value={filter.change} onChange={(e) => onFilter({ ...filter, change: e.target.value as ListFilter['change'] })}>
              <option value="all">All</option>
              {CARRY_OVER_GROUPS.map((g) => <option key={g} value={g}>{GROUP_LABELS[g].filter} ({version.carryOver[g].length})</option>)}
            </select>
          </label>
        )}
        <label className="text-sm">Sort{' '}
          <select aria-label="Sort claims" className={select} value={filter.sort} onChange={(e) => onFilter({ ...filter, sort: e.target.value as ListFilter['sort'] })}>
            <option value="position">By position</option>
            <option value="score">By check-worthiness</option>
            <option value="due">By due time</option>
          </select>
        </label>
      </div>
      {claims.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 p-4 text-sm text-gray-600">No claims match these filters.</p>
      ) : (
        <ol className="space-y-1" aria-label="Claims in this article">
          {claims.map((c) => (
            <li key={c.id} id={`claim-row-${c.id}`} className={`flex gap-2 rounded border p-2 text-sm ${c.id === selectedId ? 'border-gray-900 bg-white' : 'border-gray-200 bg-white/60'}`}>
              {canAssign && (
                <input type="checkbox" className="mt-1" checked={checked.has(c.id)} onChange={() => toggle(c.id)}
                  aria-label={`Select claim ${numbers.get(c.id)} for assignment`} />
              )}
              <button type="button" className="flex-1 text-left" onClick={() => onSelect(c.id)} aria-current={c.id === selectedId ? 'true' : undefined}>
                <span className="mr-1 font-semibold">{numbers.get(c.id)}.</span>
                <StatusBadge status={c.status} />
                {c.needsRecheck && <span className="ml-1 rounded border border-amber-600 bg-amber-50 px-1 text-xs font-semibold text-amber-900">Text changed — re-check</span>}
                {!c.needsRecheck && c.anchor === 'edited' && <span className="ml-1 rounded border border-amber-600 bg-white px-1 text-xs text-amber-900">Text changed</span>}
                {c.anchor === 'removed' && <span className="ml-1 rounded border border-gray-600 bg-gray-100 px-1 text-xs font-semibold">Not in the text</span>}
                <span className="ml-1 text-gray-600">{c.kind} · score {c.score.toFixed(2)}</span>
                <span className="mt-1 block line-clamp-2">{c.statement}</span>
                <span className="mt-0.5 block text-xs text-gray-600">
                  {c.attribution ? `Source: ${c.attribution}` : 'The article’s own assertion'}
                  {' · '}
                  {c.assignee ? `Assigned to ${c.assignee.name}` : 'Unassigned'}
                  {c.dueAt && ` · due ${new Date(c.dueAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}`}
                  {c.evidenceCount > 0 && ` · ${c.evidenceCount} evidence`}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
