'use client';
// Correcting what the import read: title, dek, byline, publication, date, source URL.
import { useState } from 'react';
import { api, ApiError } from '@/app/_lib/api-client';
import { useBoard } from './board-context';
import type { BoardArticle } from './board-types';

const FIELDS: { name: keyof BoardArticle; label: string; type?: string }[] = [
  { name: 'title', label: 'Title' },
  { name: 'dek', label: 'Dek (subheading)' },
  { name: 'byline', label: 'Byline' },
  { name: 'publication', label: 'Publication' },
  { name: 'publishedAt', label: 'Published (date)' },
  { name: 'sourceUrl', label: 'Source URL', type: 'url' },
];

export function ArticleDetailsForm({ article, onSaved }: { article: BoardArticle; onSaved: (a: BoardArticle) => void }) {
  const { showToast } = useBoard();
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(form: HTMLFormElement) {
    const data = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v).trim() || (k === 'title' ? '' : null)]));
    setBusy(true);
    setError(null);
    try {
      const res = await api<{ article: BoardArticle }>(`/api/v1/articles/${article.id}`, { method: 'PATCH', body: data });
      onSaved({ ...article, ...res.article, body: article.body });
      showToast({ text: 'Article details saved.' });
    } catch (e) {
      setError(e instanceof ApiError ? { message: e.message, fields: e.fields } : { message: 'Nothing was saved; try again.' });
    } finally {
      setBusy(false);
    }
  }

  // A field's error goes as soon as the field is changed: it was about the old value.
  const clear = (name: string) => setError((e) => {
    if (!e?.fields?.[name]) return e;
    const { [name]: _gone, ...fields } = e.fields;
    return Object.keys(fields).length ? { ...e, fields } : null;
  });

  return (
    <details className="rounded border border-gray-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">Edit article details</summary>
      <form className="mt-2 grid gap-2 sm:grid-cols-2" onSubmit={(e) => { e.preventDefault(); void save(e.currentTarget); }}>
        {error && <p role="alert" className="rounded bg-red-50 px-2 py-1 text-red-800 sm:col-span-2">{error.message}</p>}
        {FIELDS.map((f) => (
          <label key={f.name} className="block">
            {f.label}
            <input name={f.name} type={f.type ?? 'text'} defaultValue={(article[f.name] as string | null) ?? ''} required={f.name === 'title'}
              aria-invalid={error?.fields?.[f.name] ? true : undefined} onChange={() => clear(f.name)}
              className="mt-1 w-full rounded border border-gray-400 px-2 py-1" />
            {error?.fields?.[f.name] && <span className="text-xs text-red-700">{error.fields[f.name]!.join(' ')}</span>}
          </label>
        ))}
        <div className="sm:col-span-2">
          <button type="submit" disabled={busy} className="rounded bg-gray-900 px-3 py-1 text-white disabled:opacity-60">{busy ? 'Saving…' : 'Save details'}</button>
        </div>
      </form>
    </details>
  );
}
