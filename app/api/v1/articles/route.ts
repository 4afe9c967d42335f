// Articles: the desk's list, and imports (JSON: text, html or url; multipart: a file).
import { importArticle, importUploadedFile } from '@/lib/articles/import-article';
import { getArticleJson } from '@/lib/articles/article-json';
import { listArticles } from '@/lib/articles/queries';
import { readJson, readMultipart, route } from '@/lib/auth/route';
import { mediaType } from '@/lib/http/body';
import { env } from '@/lib/env';
import { MAX_IMPORT_BYTES, megabytes } from '@/lib/import/errors';
import { AppError } from '@/lib/errors';

// A file upload may carry the file plus 64 KiB of multipart framing and fields; a JSON
// import the largest HTML the schema allows.
const MAX_UPLOAD_BYTES = MAX_IMPORT_BYTES + 64 * 1024;
const MAX_IMPORT_JSON_BYTES = 6 * 1024 * 1024;

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
  let id: string;
  if (mediaType(req) === 'multipart/form-data') {
    const form = await readMultipart(req, MAX_UPLOAD_BYTES, { tooLargeMessage: `The upload is over the ${megabytes(MAX_IMPORT_BYTES)} limit.` });
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) throw new AppError('invalid', 'Choose a file to import.', { fields: { file: ['Choose a file to import.'] } });
    const title = typeof form.get('title') === 'string' ? String(form.get('title')) : undefined;
    id = await importUploadedFile(actor, { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }, title);
  } else {
    id = await importArticle(actor, await readJson(req, MAX_IMPORT_JSON_BYTES), { allowPrivateHosts: env().CLAIMDESK_ALLOW_PRIVATE_URLS === '1' });
  }
  return Response.json(getArticleJson({ id }), { status: 201, headers: { Location: `/api/v1/articles/${id}` } });
});
