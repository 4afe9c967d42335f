'use client';
// Keyboard work on deadline: move between claims, set a verdict, fix attribution or kind, all
// without the mouse. `?` opens the list of keys as a dialog, wherever you are on the page.
import { useEffect, useRef } from 'react';
import type { ClaimStatus } from '@/db/schema';

const STATUS_KEYS: Record<string, ClaimStatus> = { u: 'unchecked', p: 'in_progress', c: 'confirmed', s: 'single_source', d: 'disputed', x: 'dismissed' };
/** Keys that put the cursor in a field of the open claim: press, type, Enter. */
const FIELD_KEYS: Record<string, string> = { a: 'attribution', t: 'kind', e: 'statement', r: 'assignee' };

interface Keys {
  enabled: boolean;
  move: (step: number) => void;
  setStatus: (s: ClaimStatus) => void;
  openHelp: () => void;
  focusField: (name: string) => void;
  focusSearch: () => void;
  closeSheet: () => void;
}

export function useBoardKeys(keys: Keys) {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const k = latest.current;
      const target = e.target as HTMLElement;
      if (!k.enabled || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape') return k.closeSheet();
      if (target.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      if (e.key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); k.move(1); }
      else if (e.key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); k.move(-1); }
      else if (e.key === '?') { e.preventDefault(); k.openHelp(); }
      else if (e.key === '/') { e.preventDefault(); k.focusSearch(); }
      else if (STATUS_KEYS[e.key]) k.setStatus(STATUS_KEYS[e.key]!);
      else if (FIELD_KEYS[e.key]) { e.preventDefault(); k.focusField(FIELD_KEYS[e.key]!); }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function ShortcutsDialog({ open, onClose, canEdit }: { open: boolean; onClose: () => void; canEdit: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const rows: [string, string][] = [
    ['j or ↓', 'next claim in the list'],
    ['k or ↑', 'previous claim'],
    ['Enter', 'open the claim and move to its panel'],
    ['← → in the text', 'previous or next highlighted claim'],
    ['/', 'search the claims'],
    ['u', 'unchecked'],
    ['p', 'in progress'],
    ['c', 'confirmed'],
    ['s', 'single source'],
    ['d', 'disputed'],
    ...(canEdit
      ? ([
          ['x', 'not a claim (dismiss)'],
          ['a', 'fix who made the claim (attribution): type, then Enter'],
          ['t', 'change the kind: first letter (s, q, e, f, o)'],
          ['e', 'rewrite the statement to check'],
          ['r', 'choose the reviewer'],
        ] as [string, string][])
      : []),
    ['Esc', 'close the claim on a phone; close this list'],
    ['?', 'show or hide this list'],
  ];
  return (
    <dialog ref={ref} onClose={onClose} onKeyDown={(e) => { if (e.key === '?') { e.preventDefault(); ref.current?.close(); } }} aria-labelledby="shortcuts-title" className="m-auto w-[min(32rem,95vw)] rounded border border-gray-300 p-4 shadow-xl backdrop:bg-black/40">
      <h2 id="shortcuts-title" className="mb-2 text-lg font-semibold">Keyboard shortcuts</h2>
      {/* Drawn when opened: closed, it is nothing to see, and the board's every render would carry it. */}
      {open && (
        <>
          <p className="mb-2 text-sm text-gray-700">Letters act on the open claim. After each verdict an Undo button appears at the bottom of the screen.</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {rows.map(([key, what]) => (
              <div key={key} className="contents"><dt><kbd className="rounded border border-gray-400 bg-gray-50 px-1 font-mono">{key}</kbd></dt><dd>{what}</dd></div>
            ))}
          </dl>
          <form method="dialog" className="mt-3"><button type="submit" className="rounded bg-gray-900 px-3 py-1 text-sm text-white">Close</button></form>
        </>
      )}
    </dialog>
  );
}
