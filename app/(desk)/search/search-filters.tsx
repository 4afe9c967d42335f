// The search page's own box and its filters: a GET form, so a search has an address.
import Link from 'next/link';
import { CLAIM_STATUSES } from '@/db/schema';
import { STATUS_LABELS } from '@/lib/claims/status';

// One height for text, date and select fields, so the labels above them line up in a row.
const field = 'mt-1 block h-8 w-full rounded border border-gray-400 bg-white px-2 py-1';

export function SearchFilters({ values, people }: { values: Record<string, string | undefined>; people: { id: string; name: string }[] }) {
  return (
    <form role="search" aria-label="Search with filters" method="get" action="/search"
      className="mb-4 grid grid-cols-2 items-end gap-3 rounded border border-gray-200 bg-white p-3 text-sm sm:grid-cols-3 lg:grid-cols-[2fr_1fr_1fr_1fr_auto_auto_auto]">
      <label className="col-span-2 sm:col-span-3 lg:col-span-1">Words, names or figures
        <input type="search" name="q" defaultValue={values.q} maxLength={200} required className={field} />
      </label>
      <label>Find
        <select name="type" defaultValue={values.type ?? ''} className={field}>
          <option value="">Everything</option>
          <option value="claim">Claims</option>
          <option value="article">Articles</option>
          <option value="evidence">Evidence</option>
        </select>
      </label>
      <label>Status
        <select name="status" defaultValue={values.status ?? ''} className={field}>
          <option value="">Any</option>
          {CLAIM_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
        </select>
      </label>
      <label>Reviewer
        <select name="reviewer" defaultValue={values.reviewer ?? ''} className={field}>
          <option value="">Anyone</option>
          {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </label>
      <label>From
        <input type="date" name="from" defaultValue={values.from} className={field} />
      </label>
      <label>to
        <input type="date" name="to" defaultValue={values.to} className={field} />
      </label>
      <div className="col-span-2 flex items-center gap-2 sm:col-span-1">
        <button type="submit" className="whitespace-nowrap rounded bg-gray-900 px-3 py-1.5 font-medium text-white hover:bg-gray-700">Search</button>
        {values.q && <Link href={`/search?q=${encodeURIComponent(values.q)}`} className="whitespace-nowrap rounded border border-gray-400 px-3 py-1.5 hover:bg-gray-100">Clear filters</Link>}
      </div>
    </form>
  );
}
