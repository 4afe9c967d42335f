// Exports: the annotated article, the desk report and the machine formats, as a download.
import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { invalid } from '@/lib/errors';
import { renderExport } from '@/lib/exports';
import { loadExportArticle } from '@/lib/exports/load-export';
import { EXPORT_FORMATS } from '@/lib/exports/types';

const query = z.object({ format: z.enum(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}.` }) });

export const GET = route<{ id: string }>('exports.create', ({ req, params }) => {
  const url = new URL(req.url);
  const parsed = query.safeParse({ format: url.searchParams.get('format') ?? 'html' });
  if (!parsed.success) throw invalid(parsed.error.issues);
  const file = renderExport(loadExportArticle({ articleId: params.id }), parsed.data.format, { now: new Date(), baseUrl: url.origin });
  return new Response(file.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'no-store',
      // An export opened from the server must not run anything either.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
