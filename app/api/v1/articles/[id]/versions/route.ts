// An article's versions: the list, and importing a new one (JSON: text, html, url or
// refetch; multipart: a file), which carries every claim over.
import { getArticleJson } from '@/lib/articles/article-json';
import { readJson, route } from '@/lib/auth/route';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { MAX_IMPORT_BYTES, megabytes } from '@/lib/import/errors';
import { importVersion, importVersionFile } from '@/lib/versions/import-version';
import { listVersions } from '@/lib/versions/queries';
import { importedJson, versionJson } from '@/lib/versions/version-json';

export const GET = route<{ id: string }>('articles.read', ({ params }) => ({ versions: listVersions({ articleId: params.id }).map(versionJson) }));

export const POST = route<{ id: string }>('articles.import', async ({ actor, req, params }) => {
  const type = req.headers.get('content-type') ?? '';
  const length = Number(req.headers.get('content-length') ?? 0);
  if (length > MAX_IMPORT_BYTES + 64 * 1024) throw new AppError('too_large', `The upload is over the ${megabytes(MAX_IMPORT_BYTES)} limit.`);
  let imported;
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData().catch(() => {
      throw new AppError('bad_request', 'The upload could not be read. Try again.');
    });
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) throw new AppError('invalid', 'Choose a file to import.', { fields: { file: ['Choose a file to import.'] } });
    imported = await importVersionFile(actor, params.id, { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }, form.get('expectedVersion'));
  } else {
    imported = await importVersion(actor, params.id, await readJson(req, 6_000_000), { allowPrivateHosts: env().CLAIMDESK_ALLOW_PRIVATE_URLS === '1' });
  }
  return Response.json(
    { ...importedJson(imported), ...getArticleJson({ id: params.id }) },
    { status: 201, headers: { Location: `/api/v1/articles/${params.id}/versions/${imported.version.number}`, 'Cache-Control': 'no-store' } },
  );
});
