'use client';
// The board's one status line: what just happened, with Undo after a verdict. It stays until
// the next message or for 12 seconds, long enough to reach the button by keyboard.
import { useEffect } from 'react';
import type { Toast } from './board-context';

export function ToastLine({ toast, onDismiss }: { toast: Toast | null; onDismiss: () => void }) {
  useEffect(() => {
    if (!toast || toast.kind === 'error') return;
    const timer = setTimeout(onDismiss, 12_000);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-3 z-50 flex justify-center px-3">
      <div role={toast?.kind === 'error' ? 'alert' : 'status'} aria-live={toast?.kind === 'error' ? 'assertive' : 'polite'}
        className={toast ? `pointer-events-auto flex max-w-xl items-center gap-3 rounded px-4 py-2 text-sm shadow-lg ${toast.kind === 'error' ? 'bg-red-800 text-white' : 'bg-gray-900 text-white'}` : 'sr-only'}>
        {toast && (
          <>
            <span>{toast.text}</span>
            {toast.undo && (
              <button type="button" className="rounded border border-white px-2 py-0.5 font-semibold" onClick={() => { toast.undo!(); onDismiss(); }}>
                Undo
              </button>
            )}
            <button type="button" className="ml-1 rounded px-1" aria-label="Dismiss this message" onClick={onDismiss}>×</button>
          </>
        )}
      </div>
    </div>
  );
}
