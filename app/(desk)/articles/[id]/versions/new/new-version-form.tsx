'use client';
// Paste, upload, or fetch the source again. The request names the version the editor saw, so
// a version someone else imported meanwhile is not silently built upon.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, ApiError } from '@/app/_lib/api-client';
import { MAX_IMPORT_BYTES, megabytes } from '@/lib/import/errors';

type Mode = 'paste' | 'file' | 'refetch' | 'url';
const field = 'mt-1 w-full rounded border border-gray-400 px-3 py-2';

export function NewVersionForm({ articleId, currentVersion, sourceUrl }: { articleId: string; currentVersion: number; sourceUrl: string | null }) {
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
      data.set('expectedVersion', String(currentVersion));
    }
    setBusy(true);
    try {
      const body = mode === 'paste' ? { text: String(data.get('text') ?? '') } : mode === 'url' ? { url: String(data.get('url') ?? '') } : { refetch: true };
      const done = await api<{ version: { number: number } }>(`/api/v1/articles/${articleId}/versions`,
        mode === 'file' ? { form: data } : { body: { ...body, expectedVersion: currentVersion } });
      router.push(`/articles/${articleId}?imported=${done.version.number}`);
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The import failed; nothing was changed.');
      setBusy(false);
    }
  }

  const tab = (m: Mode, label: string) => (
    <button type="button" role="tab" aria-selected={mode === m} aria-controls="version-panel" id={`version-tab-${m}`}
      className={`rounded-t border border-b-0 px-4 py-2 ${mode === m ? 'border-gray-400 bg-white font-semibold' : 'border-transparent text-gray-700'}`}
      onClick={() => { setMode(m); setError(null); }}>
      {label}
    </button>
  );

  return (
    <div className="max-w-3xl">
      <div role="tablist" aria-label="Where the new version comes from" className="flex flex-wrap gap-1">
        {tab('paste', 'Paste text')}
        {tab('file', 'Upload a file')}
        {sourceUrl && tab('refetch', 'Fetch the source again')}
        {tab('url', 'Another web address')}
      </div>
      <form id="version-panel" role="tabpanel" aria-labelledby={`version-tab-${mode}`} className="space-y-4 rounded-b rounded-tr border border-gray-400 bg-white p-4"
        onSubmit={(e) => { e.preventDefault(); void submit(e.currentTarget); }}>
        {error && <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">{error}</p>}
        {mode === 'paste' && (
          <label className="block text-sm font-medium">Text of the new version
            <textarea name="text" required rows={16} className={`${field} font-serif`} placeholder="Paste the whole revised article, headline first." />
          </label>
        )}
        {mode === 'file' && (
          <label className="block text-sm font-medium">File (.txt, .md, .html or .docx, up to 5 MB)
            <input name="file" type="file" required accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document" className={field} />
          </label>
        )}
        {mode === 'refetch' && sourceUrl && (
          <p className="text-sm">Claimdesk fetches <a className="break-all underline" href={sourceUrl} rel="noopener noreferrer nofollow" target="_blank">{sourceUrl}</a> again and imports what it finds as version {currentVersion + 1}.</p>
        )}
        {mode === 'url' && (
          <label className="block text-sm font-medium">Web address of the new version
            <input name="url" type="url" required maxLength={2048} className={field} placeholder="https://" />
          </label>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={busy} className="rounded bg-gray-900 px-4 py-2 font-medium text-white disabled:opacity-60">
            {busy ? `Importing version ${currentVersion + 1}…` : `Import as version ${currentVersion + 1}`}
          </button>
          {busy && <span role="status" className="text-sm text-gray-700">Reading the text, carrying every claim over and looking for new sentences. Long articles take a few seconds.</span>}
        </div>
      </form>
    </div>
  );
}
