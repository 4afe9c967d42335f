// The desk list's search and filters: a plain GET form, so every view has its own address.
import Link from 'next/link';
import type { PersonRef } from '@/lib/claims/queries';

const CLAIM_FILTERS = [
  ['any', 'Any'],
  ['open', 'Some still open'],
  ['overdue', 'Some overdue'],
  ['disputed', 'Some disputed'],
  ['single_source', 'Some single source'],
  ['done', 'All checked'],
] as const;
const SORTS = [
  ['newest', 'Newest first'],
  ['oldest', 'Oldest first'],
  ['title', 'Title (A–Z)'],
  ['open', 'Most open claims'],
] as const;
// One height for text, date and select fields, so the labels above them line up in a row.
const field = 'mt-1 block h-8 w-full rounded border border-gray-400 bg-white px-2 py-1';

export function ArticleFilters({ values, importers }: { values: Record<string, string | undefined>; importers: PersonRef[] }) {
  return (
    <form role="search" aria-label="Find articles" method="get" action="/articles"
      className="mb-4 grid grid-cols-2 items-end gap-3 rounded border border-gray-200 bg-white p-3 text-sm sm:grid-cols-3 lg:grid-cols-[2fr_1fr_1fr_auto_auto_1fr_auto]">
      {values.archived && <input type="hidden" name="archived" value={values.archived} />}
      <label className="col-span-2 sm:col-span-3 lg:col-span-1">Title has the words
        <input type="search" name="q" defaultValue={values.q} maxLength={200} className={field} placeholder="e.g. Kharkiv power" />
      </label>
      <label>Claims
        <select name="claims" defaultValue={values.claims ?? 'any'} className={field}>
          {CLAIM_FILTERS.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      </label>
      <label>Imported by
        <select name="importedBy" defaultValue={values.importedBy ?? ''} className={field}>
          <option value="">Anyone</option>
          {importers.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </label>
      <label>Imported from
        <input type="date" name="from" defaultValue={values.from} className={field} />
      </label>
      <label>to
        <input type="date" name="to" defaultValue={values.to} className={field} />
      </label>
      <label>Sort
        <select name="sort" defaultValue={values.sort ?? 'newest'} className={field}>
          {SORTS.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      </label>
      <div className="flex items-center gap-2">
        <button type="submit" className="whitespace-nowrap rounded bg-gray-900 px-3 py-1.5 font-medium text-white hover:bg-gray-700">Apply</button>
        <Link href={values.archived ? '/articles?archived=yes' : '/articles'} className="whitespace-nowrap rounded border border-gray-400 px-3 py-1.5 hover:bg-gray-100">Clear</Link>
      </div>
    </form>
  );
}
