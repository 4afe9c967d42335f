// The caller's queue: claims assigned to them across articles, by due time.
import { route } from '@/lib/auth/route';
import { getMyClaims } from '@/lib/claims/queries';

export const GET = route(null, ({ actor }) => ({
  claims: getMyClaims({ actor }).map((c) => ({ ...c, dueAt: c.dueAt?.toISOString() ?? null })),
}));
