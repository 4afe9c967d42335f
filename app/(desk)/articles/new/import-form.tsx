'use client';
// Three ways in: paste, upload, or a URL. Errors say what to do; nothing is half-saved.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, ApiError } from '@/app/_lib/api-client';
import { MAX_IMPORT_BYTES, megabytes } from '@/lib/import/errors';

type Mode = 'paste' | 'file' | 'url';
const field = 'mt-1 w-full rounded border border-gray-400 px-3 py-2';


export function ImportForm() {
  const router = useRouter();
  const [mode, setMode] = useState<Mode>('paste');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    setError(null);
    if (mode === 'file') {
      const file = data.get('file');
      if (file instanceof File && file.size > MAX_IMPORT_BYTES) {
        setError(`“${file.name}” is ${megabytes(file.size)}; the limit is ${megabytes(MAX_IMPORT_BYTES)}.`);
        return;
      }
    }
    setBusy(true);
    try {
      const title = String(data.get('title') ?? '').trim() || undefined;
      const created = await api<{ article: { id: string } }>('/api/v1/articles',
        mode === 'file' ? { form: data } : { body: mode === 'paste' ? { title, text: String(data.get('text') ?? '') } : { url: String(data.get('url') ?? '') } });
      router.push(`/articles/${created.article.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The import failed; nothing was saved.');
      setBusy(false);
    }
  }

  const tab = (m: Mode, label: string) => (
    <button type="button" role="tab" aria-selected={mode === m} aria-controls="import-panel" id={`tab-${m}`}
      className={`rounded-t border border-b-0 px-4 py-2 ${mode === m ? 'border-gray-400 bg-white font-semibold' : 'border-transparent text-gray-700'}`}
      onClick={() => { setMode(m); setError(null); }}>
      {label}
    </button>
  );

  return (
    <div className="max-w-3xl">
      <div role="tablist" aria-label="How to import" className="flex gap-1">
        {tab('paste', 'Paste text')}
        {tab('file', 'Upload a file')}
        {tab('url', 'From a web address')}
      </div>
      <form id="import-panel" role="tabpanel" aria-labelledby={`tab-${mode}`} className="space-y-4 rounded-b rounded-tr border border-gray-400 bg-white p-4"
        onSubmit={(e) => { e.preventDefault(); void submit(e.currentTarget); }}>
        {error && <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">{error}</p>}
        {mode !== 'url' && (
          <label className="block text-sm font-medium">Title (optional: taken from the first line when empty)
            <input name="title" maxLength={300} className={field} />
          </label>
        )}
        {mode === 'paste' && (
          <label className="block text-sm font-medium">Article text
            <textarea name="text" required rows={16} className={`${field} font-serif`} placeholder="Paste the article as it appears, headline first." />
          </label>
        )}
        {mode === 'file' && (
          <label className="block text-sm font-medium">File (.txt, .md, .html or .docx, up to 5 MB)
            <input name="file" type="file" required accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document" className={field} />
          </label>
        )}
        {mode === 'url' && (
          <label className="block text-sm font-medium">Web address of the article
            <input name="url" type="url" required maxLength={2048} className={field} placeholder="https://" />
          </label>
        )}
        <div className="flex items-center gap-3">
          <button type="submit" disabled={busy} className="rounded bg-gray-900 px-4 py-2 font-medium text-white disabled:opacity-60">
            {busy ? 'Importing and finding claims…' : 'Import article'}
          </button>
          {busy && <span role="status" className="text-sm text-gray-700">Reading the article and extracting claims. This takes a few seconds for long pieces.</span>}
        </div>
      </form>
    </div>
  );
}
