// The one search box in the header: claims, articles and evidence across the archive.
export function ArchiveSearchBox({ defaultValue }: { defaultValue?: string }) {
  return (
    <form role="search" aria-label="Archive" method="get" action="/search" className="order-last flex w-full min-w-0 items-center gap-1 sm:order-none sm:w-auto sm:max-w-sm sm:flex-1">
      <label htmlFor="archive-search" className="sr-only">Search claims, articles and evidence</label>
      <input id="archive-search" type="search" name="q" defaultValue={defaultValue} maxLength={200} required
        placeholder="Search words, names, figures"
        className="min-w-0 flex-1 rounded border border-gray-400 px-2 py-1 text-sm" />
      <button type="submit" className="rounded border border-gray-400 px-2 py-1 text-sm hover:bg-gray-100">Search</button>
    </form>
  );
}
