'use client';
// Below the board's three-column width the panel becomes a full-screen sheet (a dialog).
import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 1023.98px)';

export function useIsPhone(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const mql = window.matchMedia(QUERY);
      mql.addEventListener('change', onChange);
      return () => mql.removeEventListener('change', onChange);
    },
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
