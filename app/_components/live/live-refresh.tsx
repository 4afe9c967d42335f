'use client';
// Keeps a server-rendered page (My claims) current: when a change that concerns the
// person arrives on their live stream, the page is read again, without a reload.
import { useRouter } from 'next/navigation';
import { useRef } from 'react';
import { useLiveEvents } from './live-events';

const QUIET = new Set(['presence', 'ready', 'closed']);

export function LiveRefresh() {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useLiveEvents((event) => {
    if (QUIET.has(event.type)) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => router.refresh(), 100);
  });
  return null;
}
