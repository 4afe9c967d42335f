'use client';
// An editor's actions on one article of the list: archive (with undo) and delete (after
// a confirmation that says what goes with it).
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { api, ApiError } from '@/app/_lib/api-client';

const button = 'rounded border border-gray-400 px-2 py-1 text-sm hover:bg-gray-100 disabled:opacity-50';

interface Props {
  id: string;
  title: string;
  claims: number;
  archived: boolean;
  canArchive: boolean;
  canDelete: boolean;
}

export function ArticleActions({ id, title, claims, archived, canArchive, canDelete }: Props) {
  const router = useRouter();
  // The confirmation exists only while it is asked: a list of 25 articles rendered 25 hidden
  // dialogs, a third of the list's HTML.
  const dialog = useRef<HTMLDialogElement>(null);
  const [asking, setAsking] = useState(false);
  // Opened as a modal once mounted, so focus moves into it and Escape closes it.
  useEffect(() => {
    if (asking && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [asking]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function act(work: () => Promise<unknown>, then: () => void) {
    setBusy(true);
    setError(null);
    try {
      await work();
      then();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'That did not work; nothing was changed.');
    } finally {
      setBusy(false);
    }
  }

  const archive = () => act(() => api(`/api/v1/articles/${id}/archive`, { body: { archived: !archived } }), () => {
    if (archived) router.refresh();
    else router.push(`/articles?${new URLSearchParams({ archivedId: id, archivedTitle: title })}`);
  });
  const remove = () => act(() => api(`/api/v1/articles/${id}`, { method: 'DELETE' }), () => { dialog.current?.close(); router.refresh(); });

  return (
    <div className="flex flex-wrap items-center gap-2">
      {/* The title is in each name, not on screen: 25 rows of "Archive" must say which article. */}
      {canArchive && (
        <button type="button" className={button} disabled={busy} onClick={archive} aria-label={`${archived ? 'Restore to the desk' : 'Archive'} “${title}”`}>
          {archived ? 'Restore to the desk' : 'Archive'}
        </button>
      )}
      {canDelete && (
        <button type="button" className={`${button} text-red-800`} disabled={busy} onClick={() => setAsking(true)} aria-label={`Delete… “${title}”`}>
          Delete…
        </button>
      )}
      {error && <p role="alert" className="w-full text-sm text-red-800">{error}</p>}
      {canDelete && asking && (
        <dialog ref={dialog} onClose={() => setAsking(false)} aria-labelledby={`delete-${id}`} className="m-auto max-w-[min(28rem,calc(100vw-2rem))] rounded border border-gray-400 p-5 backdrop:bg-black/40">
          <h2 id={`delete-${id}`} className="text-lg font-semibold">Delete “{title}”?</h2>
          <p className="mt-2 text-sm text-gray-800">
            Its {claims === 1 ? 'claim' : `${claims.toLocaleString('en')} claims`}, their evidence, comments and history are deleted with it.
            This cannot be undone. To keep it out of the way instead, archive it.
          </p>
          {error && <p role="alert" className="mt-2 text-sm text-red-800">{error}</p>}
          <div className="mt-4 flex justify-end gap-2">
            <button type="button" className={button} onClick={() => dialog.current?.close()} autoFocus>Cancel</button>
            <button type="button" className="rounded bg-red-800 px-3 py-1 text-sm font-medium text-white hover:bg-red-700 disabled:opacity-50" disabled={busy} onClick={remove}>
              Delete article
            </button>
          </div>
        </dialog>
      )}
    </div>
  );
}

/** "Archived 'Title'. Undo" after an article leaves the list. */
export function ArchivedNotice({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [state, setState] = useState<'shown' | 'undoing' | 'error'>('shown');
  const undo = async () => {
    setState('undoing');
    try {
      await api(`/api/v1/articles/${id}/archive`, { body: { archived: false } });
      router.replace('/articles');
    } catch {
      setState('error');
    }
  };
  return (
    <p role="status" className="mb-3 flex flex-wrap items-center gap-2 rounded bg-green-50 px-3 py-2 text-sm text-green-900">
      <span>Archived “{title}”. It stays searchable; find it under Archived.</span>
      <button type="button" className="rounded border border-green-800 px-2 py-0.5 font-medium hover:bg-green-100 disabled:opacity-50" disabled={state === 'undoing'} onClick={undo}>
        Undo
      </button>
      {state === 'error' && <span className="text-red-800">Undo did not work; restore it from Archived.</span>}
    </p>
  );
}
