'use client';
// Three ways in: paste, upload, or a URL. Errors say what to do; nothing is half-saved.
import { useRouter } from 'next/navigation';
import { api } from '@/app/_lib/api-client';
import { fieldClass, FileField, SourceForm, type SourceMode } from '@/app/_components/source-form';

export function ImportForm() {
  const router = useRouter();

  async function send(mode: SourceMode, data: FormData) {
    const title = String(data.get('title') ?? '').trim() || undefined;
    const created = await api<{ article: { id: string } }>('/api/v1/articles',
      mode === 'file' ? { form: data } : { body: mode === 'paste' ? { title, text: String(data.get('text') ?? '') } : { url: String(data.get('url') ?? '') } });
    router.push(`/articles/${created.article.id}`);
  }

  const fields = (mode: SourceMode) => (
    <>
      {mode !== 'url' && (
        <label className="block text-sm font-medium">Title (optional: taken from the first line when empty)
          <input name="title" maxLength={300} className={fieldClass} />
        </label>
      )}
      {mode === 'paste' && (
        <label className="block text-sm font-medium">Article text
          <textarea name="text" required rows={16} className={`${fieldClass} font-serif`} placeholder="Paste the article as it appears, headline first." />
        </label>
      )}
      {mode === 'file' && <FileField />}
      {mode === 'url' && (
        <label className="block text-sm font-medium">Web address of the article
          <input name="url" type="url" required maxLength={2048} className={fieldClass} placeholder="https://" />
        </label>
      )}
    </>
  );

  return (
    <SourceForm
      tabs={[{ mode: 'paste', label: 'Paste text' }, { mode: 'file', label: 'Upload a file' }, { mode: 'url', label: 'From a web address' }]}
      label="How to import" idPrefix="import" fields={fields} send={send}
      submitLabel="Import article" busyLabel="Importing and finding claims…"
      busyNote="Reading the article and extracting claims. This takes a few seconds for long pieces."
      failMessage="The import failed; nothing was saved." />
  );
}
