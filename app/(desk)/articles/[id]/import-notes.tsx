'use client';
// What the import asks the editor to check (a short article, hidden text, a doubtful
// encoding), shown above the board until the editor hides it. Self-contained: the page
// passes the article's notes and nothing else.
import { useEffect, useId, useState } from 'react';

export function ImportNotes({ articleId, notes }: { articleId: string; notes: readonly string[] }) {
  const headingId = useId();
  const key = `claimdesk:import-notes-hidden:${articleId}`;
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    setHidden(window.sessionStorage.getItem(key) === '1');
  }, [key]);
  if (!notes.length || hidden) return null;
  return (
    <section aria-labelledby={headingId} className="mx-auto mb-4 max-w-5xl rounded border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
      <div className="flex items-start justify-between gap-4">
        <h2 id={headingId} className="font-semibold">
          Check this import: {notes.length === 1 ? '1 thing' : `${notes.length} things`} to look at
        </h2>
        <button
          type="button"
          className="shrink-0 rounded border border-amber-400 bg-white px-2 py-0.5 text-sm hover:bg-amber-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-amber-600"
          onClick={() => {
            window.sessionStorage.setItem(key, '1');
            setHidden(true);
          }}
        >
          Hide
        </button>
      </div>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
