'use client';
// Keyboard work on deadline: move between claims and set a status without the mouse.
import { useEffect } from 'react';
import type { ClaimStatus } from '@/db/schema';

const STATUS_KEYS: Record<string, ClaimStatus> = { u: 'unchecked', p: 'in_progress', c: 'confirmed', s: 'single_source', d: 'disputed', x: 'dismissed' };

export function useBoardKeys({ move, setStatus, toggleHelp }: { move: (step: number) => void; setStatus: (s: ClaimStatus) => void; toggleHelp: () => void }) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey || target.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (e.key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); move(1); }
      else if (e.key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
      else if (e.key === '?') toggleHelp();
      else if (STATUS_KEYS[e.key]) setStatus(STATUS_KEYS[e.key]!);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move, setStatus, toggleHelp]);
}

export function Shortcuts({ open, onToggle, canEdit }: { open: boolean; onToggle: () => void; canEdit: boolean }) {
  const rows: [string, string][] = [
    ['j or ↓', 'next claim'],
    ['k or ↑', 'previous claim'],
    ['u', 'unchecked'],
    ['p', 'in progress'],
    ['c', 'confirmed'],
    ['s', 'single source'],
    ['d', 'disputed'],
    ...(canEdit ? ([['x', 'not a claim (dismiss)']] as [string, string][]) : []),
    ['?', 'show or hide this list'],
  ];
  return (
    <details open={open} className="rounded border border-gray-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-semibold" onClick={(e) => { e.preventDefault(); onToggle(); }}>Keyboard shortcuts</summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {rows.map(([key, what]) => (
          <div key={key} className="contents"><dt><kbd className="rounded border border-gray-400 bg-gray-50 px-1 font-mono">{key}</kbd></dt><dd>{what}</dd></div>
        ))}
      </dl>
    </details>
  );
}
