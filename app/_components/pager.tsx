// "Next page" for a list read a page at a time: the cursor carries the place, the other
// query parameters (filters, sort) stay as they were.
import Link from 'next/link';

export function pageHref(path: string, params: Record<string, string | undefined>, cursor?: string | null): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v && k !== 'cursor') query.set(k, v);
  if (cursor) query.set('cursor', cursor);
  const s = query.toString();
  return s ? `${path}?${s}` : path;
}

export function Pager({ path, params, nextCursor, noun }: {
  path: string;
  params: Record<string, string | undefined>;
  nextCursor: string | null;
  noun: string;
}) {
  const onLaterPage = Boolean(params.cursor);
  if (!nextCursor && !onLaterPage) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      {onLaterPage && <Link className="rounded border border-gray-400 px-3 py-1 hover:bg-gray-100" href={pageHref(path, params)}>Back to the first page</Link>}
      {nextCursor ? (
        <Link className="rounded border border-gray-400 px-3 py-1 hover:bg-gray-100" href={pageHref(path, params, nextCursor)} rel="next">
          Next page of {noun}
        </Link>
      ) : (
        <span className="text-gray-700">That is the last page.</span>
      )}
    </nav>
  );
}
