// The claims list's filters and sorts, as data: each is an entry here, so a new one (text
// changed since the last version, checked before) is one more entry, not a new branch in the list.
import { CLAIM_KINDS, CLAIM_STATUSES, type CarryOverIds } from '@/db/schema';
import { CARRY_OVER_GROUPS, GROUP_LABELS, type CarryOverGroup } from '@/lib/versions/summary-text';
import { isVerdict, STATUS_LABELS, warningFromTally } from '@/lib/claims/status';
import { positionEndOf, positionOf, type BoardClaim, type BoardPerson } from './board-types';

export interface FilterContext {
  people: BoardPerson[];
  actorId: string;
  now: number;
  /** The latest version and what its import did to each claim, when there is more than one. */
  version?: { number: number; carryOver: CarryOverIds } | null;
}

export interface ClaimFilter {
  id: string;
  label: string;
  /** The value that lets every claim through. */
  all: string;
  options: (ctx: FilterContext) => { value: string; label: string }[];
  test: (claim: BoardClaim, value: string, ctx: FilterContext) => boolean;
  /** Shown only when this says so (a filter that needs a second version, say). */
  available?: (ctx: FilterContext) => boolean;
}

const open = (c: BoardClaim) => !isVerdict(c.status) && c.status !== 'dismissed';

export const CLAIM_FILTERS: ClaimFilter[] = [
  {
    id: 'status',
    label: 'Status',
    all: 'all',
    options: () => [
      { value: 'all', label: 'All' },
      { value: 'open', label: 'Open (no verdict)' },
      ...CLAIM_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
    ],
    test: (c, v) => (v === 'open' ? open(c) : c.status === v),
  },
  {
    id: 'assignee',
    label: 'Reviewer',
    all: 'all',
    options: ({ people }) => [
      { value: 'all', label: 'Anyone' },
      { value: 'me', label: 'Me' },
      { value: 'none', label: 'Unassigned' },
      ...people.map((p) => ({ value: p.id, label: p.name })),
    ],
    test: (c, v, { actorId }) => (v === 'none' ? !c.assigneeId : v === 'me' ? c.assigneeId === actorId : c.assigneeId === v),
  },
  {
    id: 'kind',
    label: 'Kind',
    all: 'all',
    options: () => [{ value: 'all', label: 'All' }, ...CLAIM_KINDS.map((k) => ({ value: k, label: k }))],
    test: (c, v) => c.kind === v,
  },
  {
    id: 'attention',
    label: 'Needs',
    all: 'all',
    options: () => [
      { value: 'all', label: 'Anything' },
      { value: 'weak', label: 'A second look (weak sourcing)' },
      { value: 'overdue', label: 'Overdue' },
      { value: 'no-evidence', label: 'No evidence yet' },
    ],
    test: (c, v, { now }) =>
      v === 'weak' ? c.status === 'single_source' || warningFromTally(c.status, c.tally) !== null || c.needsRecheck
        : v === 'overdue' ? open(c) && c.dueAt !== null && Date.parse(c.dueAt) < now
          : c.evidenceCount === 0,
  },
  {
    // The groups of the latest version's summary: unchanged, edited, removed, new.
    id: 'change',
    label: 'Latest version',
    all: 'all',
    available: ({ version }) => Boolean(version && version.number > 1),
    options: ({ version }) => [
      { value: 'all', label: 'Any' },
      ...CARRY_OVER_GROUPS.map((g) => ({ value: g, label: `${GROUP_LABELS[g].filter} in version ${version?.number ?? ''} (${version?.carryOver[g].length ?? 0})` })),
    ],
    test: (c, v, { version }) => Boolean(version?.carryOver[v as CarryOverGroup]?.includes(c.id)),
  },
];

export interface ClaimSort {
  id: string;
  label: string;
  compare: (a: BoardClaim, b: BoardClaim) => number;
}

const due = (c: BoardClaim) => (c.dueAt ? Date.parse(c.dueAt) : Number.POSITIVE_INFINITY);
const concern = (c: BoardClaim) =>
  c.status === 'disputed' ? 0 : isVerdict(c.status) && warningFromTally(c.status, c.tally) ? 1 : c.status === 'single_source' ? 2 : open(c) ? 3 : c.status === 'confirmed' ? 4 : 5;

export const CLAIM_SORTS: ClaimSort[] = [
  { id: 'position', label: 'By position', compare: (a, b) => positionOf(a) - positionOf(b) || positionEndOf(a) - positionEndOf(b) },
  { id: 'number', label: 'By number', compare: (a, b) => a.number - b.number },
  { id: 'score', label: 'By check-worthiness', compare: (a, b) => b.score - a.score || positionOf(a) - positionOf(b) },
  { id: 'due', label: 'By due time', compare: (a, b) => due(a) - due(b) || positionOf(a) - positionOf(b) },
  { id: 'concern', label: 'Disputed and weak first', compare: (a, b) => concern(a) - concern(b) || a.number - b.number },
];

export interface ListView {
  filters: Record<string, string>;
  sort: string;
  search: string;
  /** Lowest check-worthiness shown, 0–1. */
  minScore: number;
}

export const DEFAULT_VIEW: ListView = {
  filters: Object.fromEntries(CLAIM_FILTERS.map((f) => [f.id, f.all])),
  sort: 'position',
  search: '',
  minScore: 0,
};

/** Lower-case, accents folded, so "kyiv" finds "Kyïv" and "1582" finds "1,582". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/(\d),(?=\d{3})/g, '$1');
}

const keys = new WeakMap<BoardClaim, string>();
function claimKey(c: BoardClaim): string {
  let key = keys.get(c);
  if (key === undefined) {
    key = searchKey(`${c.number} ${c.statement} ${c.attribution ?? ''}`);
    keys.set(c, key);
  }
  return key;
}

export function applyView(claims: readonly BoardClaim[], view: ListView, ctx: FilterContext): BoardClaim[] {
  const active = CLAIM_FILTERS.filter((f) => (view.filters[f.id] ?? f.all) !== f.all);
  const words = searchKey(view.search).split(/\s+/).filter(Boolean);
  const shown = claims.filter(
    (c) =>
      c.score >= view.minScore - 1e-9 &&
      active.every((f) => f.test(c, view.filters[f.id]!, ctx)) &&
      words.every((w) => claimKey(c).includes(w)),
  );
  const sort = CLAIM_SORTS.find((s) => s.id === view.sort) ?? CLAIM_SORTS[0]!;
  return shown.sort(sort.compare);
}
