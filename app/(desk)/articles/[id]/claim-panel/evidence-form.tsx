'use client';
// Attaching a source to a claim, or correcting one. The publisher is filled from the link's
// host. A field's error is said in plain words beside it and goes once the field is changed.
import { useState } from 'react';
import type { Stance } from '@/db/schema';
import { hostOf } from '@/lib/claims/linked-sources';
import type { EvidenceJson } from '../board-types';

export interface EvidenceInput {
  url: string;
  title: string;
  publisher: string;
  stance: Stance;
  excerpt: string;
  note: string;
  archiveUrl: string;
}

export type SubmitResult = true | { message: string; fields?: Record<string, string[]> };

const field = 'mt-1 w-full rounded border border-gray-400 bg-white px-2 py-1 text-sm';


interface Props {
  initial?: EvidenceJson;
  /** A new piece of evidence started from a link in the article: its address, words and site. */
  prefill?: { url: string; title: string; publisher: string };
  submitLabel: string;
  onSubmit: (e: EvidenceInput) => Promise<SubmitResult>;
  onCancel?: () => void;
}

export function EvidenceForm({ initial, prefill, submitLabel, onSubmit, onCancel }: Props) {
  const [publisher, setPublisher] = useState(initial?.publisher ?? prefill?.publisher ?? '');
  const [publisherTouched, setPublisherTouched] = useState(Boolean(initial));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string[]> } | null>(null);
  const id = initial ? `ev-${initial.id}` : 'ev-new';

  async function submit(form: HTMLFormElement) {
    const data = Object.fromEntries(new FormData(form)) as unknown as EvidenceInput;
    setBusy(true);
    const result = await onSubmit(data);
    setBusy(false);
    if (result === true) {
      setError(null);
      if (!initial) {
        form.reset();
        setPublisher('');
        setPublisherTouched(false);
      }
    } else setError({ message: result.message, fields: result.fields ?? {} });
  }

  const clear = (name: string) => setError((e) => {
    if (!e?.fields[name]) return e;
    const { [name]: _gone, ...fields } = e.fields;
    return Object.keys(fields).length ? { ...e, fields } : null;
  });
  const err = (name: string) => error?.fields[name]
    ? <span className="block text-xs text-red-800" id={`${id}-${name}-error`}>{error.fields[name]!.join(' ')}</span>
    : null;
  const described = (name: string) => (error?.fields[name] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${name}-error` } : {});

  return (
    <form className="space-y-2 rounded border border-gray-200 bg-stone-50 p-3" onSubmit={(e) => { e.preventDefault(); void submit(e.currentTarget); }}
      aria-label={initial ? `Edit evidence: ${initial.title}` : 'Add evidence'}>
      {!initial && <h4 className="font-semibold">Add evidence</h4>}
      {error && Object.keys(error.fields).length === 0 && <p role="alert" className="text-sm text-red-800">{error.message}</p>}
      <label className="block text-sm">Link (http or https)
        <input name="url" type="url" required maxLength={2048} className={field} placeholder="https://" defaultValue={initial?.url ?? prefill?.url} {...described('url')}
          onChange={(e) => { clear('url'); if (!publisherTouched) setPublisher(hostOf(e.target.value)); }} />
        {err('url')}
      </label>
      <label className="block text-sm">Title
        <input name="title" required maxLength={500} className={field} defaultValue={initial?.title ?? prefill?.title} onChange={() => clear('title')} {...described('title')} />
        {err('title')}
      </label>
      <label className="block text-sm">Publisher
        <input name="publisher" maxLength={200} className={field} value={publisher} {...described('publisher')}
          onChange={(e) => { clear('publisher'); setPublisher(e.target.value); setPublisherTouched(true); }} />
        {err('publisher')}
      </label>
      <fieldset className="text-sm">
        <legend>Stance</legend>
        <div className="flex flex-wrap gap-3">
          {(['supports', 'contradicts', 'context'] as const).map((s) => (
            <label key={s} className="flex items-center gap-1">
              <input type="radio" name="stance" value={s} defaultChecked={s === (initial?.stance ?? 'supports')}
                autoFocus={Boolean(prefill) && s === 'supports'} /> {s === 'supports' ? 'Supports' : s === 'contradicts' ? 'Contradicts' : 'Context'}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="block text-sm">Excerpt quoted from the source
        <textarea name="excerpt" rows={2} maxLength={5000} className={field} defaultValue={initial?.excerpt ?? ''} />
      </label>
      <label className="block text-sm">Note
        <textarea name="note" rows={2} maxLength={5000} className={field} defaultValue={initial?.note ?? ''} />
      </label>
      <label className="block text-sm">Archive link (optional)
        <input name="archiveUrl" type="url" maxLength={2048} className={field} defaultValue={initial?.archiveUrl ?? ''} onChange={() => clear('archiveUrl')} {...described('archiveUrl')} />
        {err('archiveUrl')}
      </label>
      <div className="flex gap-2">
        <button type="submit" disabled={busy} className="rounded bg-gray-900 px-3 py-1 text-sm text-white disabled:opacity-60">{busy ? 'Saving…' : submitLabel}</button>
        {onCancel && <button type="button" onClick={onCancel} className="rounded border border-gray-400 px-3 py-1 text-sm">Cancel</button>}
      </div>
    </form>
  );
}
