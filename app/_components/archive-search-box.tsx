// The one search box in the header: claims, articles and evidence across the archive. One
// tab stop (Enter searches), so the header stays short to tab through.
export function ArchiveSearchBox({ defaultValue }: { defaultValue?: string }) {
  return (
    <form role="search" aria-label="Archive" method="get" action="/search" className="order-last w-full min-w-0 sm:order-none sm:w-auto sm:max-w-sm sm:flex-1">
      <label htmlFor="archive-search" className="sr-only">Search the archive (claims, articles, evidence)</label>
      <input id="archive-search" type="search" name="q" defaultValue={defaultValue} maxLength={200} required enterKeyHint="search"
        placeholder="Search the archive: words, names, figures"
        className="w-full min-w-0 rounded border border-gray-400 px-2 py-1 text-sm" />
    </form>
  );
}
