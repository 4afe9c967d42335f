'use client';
// Attaching a source to a claim. The publisher is filled from the link's host.
import { useState } from 'react';

export interface EvidenceInput {
  url: string;
  title: string;
  publisher: string;
  stance: 'supports' | 'contradicts' | 'context';
  excerpt: string;
  note: string;
  archiveUrl: string;
}

const field = 'mt-1 w-full rounded border border-gray-400 px-2 py-1 text-sm';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^(www|m|amp)\./, '');
  } catch {
    return '';
  }
}

export function EvidenceForm({ onSubmit, fieldErrors }: { onSubmit: (e: EvidenceInput) => Promise<boolean>; fieldErrors?: Record<string, string[]> }) {
  const [publisher, setPublisher] = useState('');
  const [publisherTouched, setPublisherTouched] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(form: HTMLFormElement) {
    const data = Object.fromEntries(new FormData(form)) as unknown as EvidenceInput;
    setBusy(true);
    const ok = await onSubmit(data);
    setBusy(false);
    if (ok) {
      form.reset();
      setPublisher('');
      setPublisherTouched(false);
    }
  }

  const err = (name: string) =>
    fieldErrors?.[name] ? <span className="block text-xs text-red-700" id={`ev-${name}-error`}>{fieldErrors[name]!.join(' ')}</span> : null;

  return (
    <form className="space-y-2 rounded border border-gray-200 bg-stone-50 p-3" onSubmit={(e) => { e.preventDefault(); void submit(e.currentTarget); }}>
      <h4 className="font-semibold">Add evidence</h4>
      <label className="block text-sm">Link (http or https)
        <input name="url" type="url" required maxLength={2048} className={field} placeholder="https://"
          aria-describedby={fieldErrors?.url ? 'ev-url-error' : undefined}
          onChange={(e) => { if (!publisherTouched) setPublisher(hostOf(e.target.value)); }} />
        {err('url')}
      </label>
      <label className="block text-sm">Title
        <input name="title" required maxLength={500} className={field} />
        {err('title')}
      </label>
      <label className="block text-sm">Publisher
        <input name="publisher" maxLength={200} className={field} value={publisher}
          onChange={(e) => { setPublisher(e.target.value); setPublisherTouched(true); }} />
      </label>
      <fieldset className="text-sm">
        <legend>Stance</legend>
        <div className="flex gap-3">
          {(['supports', 'contradicts', 'context'] as const).map((s) => (
            <label key={s} className="flex items-center gap-1">
              <input type="radio" name="stance" value={s} defaultChecked={s === 'supports'} /> {s === 'supports' ? 'Supports' : s === 'contradicts' ? 'Contradicts' : 'Context'}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="block text-sm">Excerpt quoted from the source
        <textarea name="excerpt" rows={2} maxLength={5000} className={field} />
      </label>
      <label className="block text-sm">Note
        <textarea name="note" rows={2} maxLength={5000} className={field} />
      </label>
      <label className="block text-sm">Archive link (optional)
        <input name="archiveUrl" type="url" maxLength={2048} className={field} />
        {err('archiveUrl')}
      </label>
      <button type="submit" disabled={busy} className="rounded bg-gray-900 px-3 py-1 text-sm text-white disabled:opacity-60">
        {busy ? 'Adding…' : 'Add evidence'}
      </button>
    </form>
  );
}
