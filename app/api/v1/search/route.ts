// Search across the archive: `?q=&type=&status=&reviewer=&from=&to=&cursor=&limit=`
// → `{ results: [{ type, id, articleId, claimId, title, articleTitle, snippet, highlights, status, url }], nextCursor, partial }`.
// With filters a page looks through at most 10,000 matches; `partial` says it stopped there.
import { route } from '@/lib/auth/route';
import { searchArchive } from '@/lib/search/queries';

export const GET = route('articles.read', ({ actor, req }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  const page = searchArchive({ actor, ...query });
  return { results: page.items, nextCursor: page.nextCursor, partial: page.partial };
});
