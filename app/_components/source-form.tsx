'use client';
// Where an article's text comes from — pasted, a file, a web address, or its source fetched
// again — as tabs over one form. Shared by the first import and by a new version, so both
// check a file's size before sending it, say what they are doing while they work, and show
// the server's own words when it refuses.
import { useState, type ReactNode } from 'react';
import { ApiError } from '@/app/_lib/api-client';
import { MAX_IMPORT_BYTES, megabytes } from '@/lib/import/errors';

export type SourceMode = 'paste' | 'file' | 'url' | 'refetch';

export const fieldClass = 'mt-1 w-full rounded border border-gray-400 px-3 py-2';

const FILE_TYPES = '.txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function FileField() {
  return (
    <label className="block text-sm font-medium">File (.txt, .md, .html or .docx, up to 5 MB)
      <input name="file" type="file" required accept={FILE_TYPES} className={fieldClass} />
    </label>
  );
}

interface SourceFormProps {
  tabs: { mode: SourceMode; label: string }[];
  /** The tab list's accessible name ("How to import"). */
  label: string;
  idPrefix: string;
  /** The fields of one tab. */
  fields: (mode: SourceMode) => ReactNode;
  /** Sends the form; an ApiError's message is shown as it is. Navigates away on success. */
  send: (mode: SourceMode, data: FormData) => Promise<void>;
  submitLabel: string;
  busyLabel: string;
  busyNote: string;
  /** Said when the failure is not the server's (the network, a crash). */
  failMessage: string;
}

export function SourceForm({ tabs, label, idPrefix, fields, send, submitLabel, busyLabel, busyNote, failMessage }: SourceFormProps) {
  const [mode, setMode] = useState<SourceMode>(tabs[0]!.mode);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const panelId = `${idPrefix}-panel`;

  async function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    setError(null);
    const file = mode === 'file' ? data.get('file') : null;
    if (file instanceof File && file.size > MAX_IMPORT_BYTES) {
      setError(`“${file.name}” is ${megabytes(file.size)}; the limit is ${megabytes(MAX_IMPORT_BYTES)}.`);
      return;
    }
    setBusy(true);
    try {
      await send(mode, data);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : failMessage);
      setBusy(false);
    }
  }

  return (
    <div className="max-w-3xl">
      <div role="tablist" aria-label={label} className="flex flex-wrap gap-1">
        {tabs.map((t) => (
          <button key={t.mode} type="button" role="tab" aria-selected={mode === t.mode} aria-controls={panelId} id={`${idPrefix}-tab-${t.mode}`}
            className={`rounded-t border border-b-0 px-2.5 py-2 text-sm sm:px-4 sm:text-base ${mode === t.mode ? 'border-gray-400 bg-white font-semibold' : 'border-transparent text-gray-700'}`}
            onClick={() => { setMode(t.mode); setError(null); }}>
            {t.label}
          </button>
        ))}
      </div>
      <form id={panelId} role="tabpanel" aria-labelledby={`${idPrefix}-tab-${mode}`} className="space-y-4 rounded-b rounded-tr border border-gray-400 bg-white p-4"
        onSubmit={(e) => { e.preventDefault(); void submit(e.currentTarget); }}>
        {error && <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">{error}</p>}
        {fields(mode)}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={busy} className="rounded bg-gray-900 px-4 py-2 font-medium text-white disabled:opacity-60">
            {busy ? busyLabel : submitLabel}
          </button>
          {busy && <span role="status" className="text-sm text-gray-700">{busyNote}</span>}
        </div>
      </form>
    </div>
  );
}
