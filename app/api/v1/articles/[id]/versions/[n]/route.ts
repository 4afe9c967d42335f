// One version of an article: its text and where each claim stood in it.
import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { invalid } from '@/lib/errors';
import { articleHeading, getVersion } from '@/lib/versions/queries';
import { versionTextJson } from '@/lib/versions/version-json';

const number = z.coerce.number({ message: 'The version must be a number (1, 2, 3…).' }).int().min(1, 'Versions are numbered from 1.');

export const GET = route<{ id: string; n: string }>('articles.read', ({ params }) => {
  // An unknown article is a 404 whatever the version asked for.
  articleHeading({ articleId: params.id });
  const parsed = number.safeParse(params.n);
  if (!parsed.success) throw invalid(parsed.error.issues.map((i) => ({ ...i, path: ['n'] })));
  return { version: versionTextJson(getVersion({ articleId: params.id, number: parsed.data })) };
});
