// The caller's queue: claims assigned to them across articles, a page at a time, open
// claims first by due time. `?limit=&cursor=` → `{ claims, nextCursor }`.
import { route } from '@/lib/auth/route';
import { getMyClaims } from '@/lib/claims/queries';

export const GET = route(null, ({ actor, req }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  const page = getMyClaims({ actor, limit: query.limit, cursor: query.cursor });
  return { claims: page.items.map((c) => ({ ...c, dueAt: c.dueAt?.toISOString() ?? null })), nextCursor: page.nextCursor };
});
