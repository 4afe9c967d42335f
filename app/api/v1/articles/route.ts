// Articles: the desk's list, and imports (JSON: text, html or url; multipart: a file).
import { importArticle, importUploadedFile } from '@/lib/articles/import-article';
import { getArticleJson } from '@/lib/articles/article-json';
import { listArticles } from '@/lib/articles/queries';
import { readJson, route } from '@/lib/auth/route';
import { env } from '@/lib/env';
import { MAX_IMPORT_BYTES, megabytes } from '@/lib/import/errors';
import { AppError } from '@/lib/errors';

/** `?limit=&cursor=&q=&sort=&claims=&importedBy=&from=&to=&archived=` → `{ articles, nextCursor }`. */
export const GET = route('articles.read', ({ actor, req }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  const page = listArticles({ actor, ...query });
  return {
    articles: page.items.map((a) => ({ ...a, createdAt: a.createdAt.toISOString(), archivedAt: a.archivedAt?.toISOString() ?? null })),
    nextCursor: page.nextCursor,
  };
});

export const POST = route('articles.import', async ({ actor, req }) => {
  const type = req.headers.get('content-type') ?? '';
  const length = Number(req.headers.get('content-length') ?? 0);
  // Refuse an oversized upload before reading it; the 64 KiB covers the multipart framing.
  if (length > MAX_IMPORT_BYTES + 64 * 1024) throw new AppError('too_large', `The upload is over the ${megabytes(MAX_IMPORT_BYTES)} limit.`);
  let id: string;
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData().catch(() => {
      throw new AppError('bad_request', 'The upload could not be read. Try again.');
    });
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) throw new AppError('invalid', 'Choose a file to import.', { fields: { file: ['Choose a file to import.'] } });
    const title = typeof form.get('title') === 'string' ? String(form.get('title')) : undefined;
    id = await importUploadedFile(actor, { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }, title);
  } else {
    id = await importArticle(actor, await readJson(req, 6_000_000), { allowPrivateHosts: env().CLAIMDESK_ALLOW_PRIVATE_URLS === '1' });
  }
  return Response.json(getArticleJson({ id }), { status: 201, headers: { Location: `/api/v1/articles/${id}` } });
});
