'use client';
// The bell: how many notifications are unread, and the list, newest first, grouped by
// article, each linking to its claim. Counts rise live as notifications arrive.
import Link from 'next/link';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { api } from '@/app/_lib/api-client';
import { useLiveEvents } from './live-events';

interface Item {
  id: string;
  type: string;
  articleId: string | null;
  articleTitle: string | null;
  claimId: string | null;
  createdAt: string;
  readAt: string | null;
  text: string;
}

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const href = (n: Item) => (n.articleId ? `/articles/${n.articleId}${n.claimId ? `?claim=${n.claimId}` : ''}` : '/my-claims');

/** Newest first, then grouped by article in the order each article's newest one came. */
function byArticle(items: Item[]): { articleId: string | null; title: string; items: Item[] }[] {
  const groups = new Map<string, { articleId: string | null; title: string; items: Item[] }>();
  for (const n of items) {
    const key = n.articleId ?? '';
    const group = groups.get(key) ?? { articleId: n.articleId, title: n.articleTitle ?? 'Deleted article', items: [] };
    group.items.push(n);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const [open, setOpen] = useState(false);
  const [unread, setUnread] = useState(initialUnread);
  const [items, setItems] = useState<Item[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // On a phone the list spans the screen just below the bell, wherever the header wrapped it.
  const [top, setTop] = useState<number | null>(null);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const load = useCallback(async () => {
    try {
      const page = await api<{ notifications: Item[]; unread: number }>('/api/v1/me/notifications?limit=50');
      setItems(page.notifications);
      setUnread(page.unread);
      setError(null);
    } catch {
      setError('Notifications could not be loaded. Try again in a moment.');
    }
  }, []);

  useLiveEvents((event) => {
    if (event.type !== 'notification' || !event.notification) return;
    setUnread((n) => n + 1);
    if (open) void load();
    else setItems(null);
  });

  useEffect(() => {
    if (!open) return;
    void load();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if (wrapper.current && !wrapper.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open, load]);

  async function markRead(body: { ids: string[] } | { all: true }) {
    try {
      const result = await api<{ unread: number }>('/api/v1/me/notifications/read', { body });
      setUnread(result.unread);
      const now = new Date().toISOString();
      setItems((list) => list?.map((n) => ('all' in body || body.ids.includes(n.id) ? { ...n, readAt: n.readAt ?? now } : n)) ?? null);
    } catch {
      setError('That did not work; nothing was marked read.');
    }
  }

  const label = unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`;
  return (
    <div ref={wrapper} className="relative">
      <button ref={button} type="button" aria-expanded={open} aria-controls={panelId} aria-label={label} title={label}
        onClick={() => {
          setTop((button.current?.getBoundingClientRect().bottom ?? 48) + 6);
          setOpen((v) => !v);
        }}
        className="relative flex items-center gap-1 rounded border border-gray-400 px-2 py-1 hover:bg-gray-100">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" /><path d="M13.7 21a2 2 0 0 1-3.4 0" />
        </svg>
        {unread > 0 && <span aria-hidden="true" className="min-w-5 rounded-full bg-red-700 px-1.5 text-xs font-bold text-white">{unread > 99 ? '99+' : unread}</span>}
      </button>
      {open && (
        <div id={panelId} role="region" aria-label="Notifications" style={{ '--bell-top': `${top ?? 56}px` } as React.CSSProperties}
          className="fixed inset-x-2 top-[var(--bell-top)] z-30 max-h-[75vh] overflow-y-auto rounded border border-gray-300 bg-white shadow-lg sm:absolute sm:inset-x-auto sm:right-0 sm:top-full sm:mt-1 sm:w-[26rem]">
          <div className="sticky top-0 flex items-center gap-2 border-b border-gray-200 bg-white px-3 py-2">
            <h2 className="font-semibold">Notifications</h2>
            <span className="text-sm text-gray-700">{unread === 0 ? 'all read' : `${unread} unread`}</span>
            <button type="button" disabled={unread === 0} onClick={() => markRead({ all: true })}
              className="ml-auto rounded border border-gray-400 px-2 py-0.5 text-sm hover:bg-gray-100 disabled:opacity-50">
              Mark all read
            </button>
          </div>
          {error && <p role="alert" className="m-3 rounded bg-red-50 px-2 py-1 text-sm text-red-800">{error}</p>}
          {!items ? (
            <p className="p-3 text-sm text-gray-700">Loading…</p>
          ) : items.length === 0 ? (
            <p className="p-3 text-sm text-gray-700">Nothing yet. You will be told here when a claim is assigned to you, someone mentions you, or a claim you follow changes.</p>
          ) : (
            byArticle(items).map((group) => (
              <section key={group.articleId ?? 'none'} aria-label={group.title} className="border-b border-gray-100 px-3 py-2 last:border-0">
                <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-gray-700">{group.title}</h3>
                <ul className="space-y-1">
                  {group.items.map((n) => (
                    <li key={n.id} className={`rounded p-2 text-sm ${n.readAt ? '' : 'bg-blue-50'}`}>
                      <Link href={href(n)} className="block hover:underline" onClick={() => { if (!n.readAt) void markRead({ ids: [n.id] }); setOpen(false); }}>
                        {!n.readAt && <span className="mr-1 rounded bg-blue-800 px-1 text-xs font-semibold text-white">New</span>}
                        {n.text}
                      </Link>
                      <span className="mt-0.5 flex items-center gap-2 text-xs text-gray-700">
                        <time dateTime={n.createdAt}>{when(n.createdAt)}</time>
                        {!n.readAt && (
                          <button type="button" className="underline" onClick={() => markRead({ ids: [n.id] })}>
                            Mark read<span className="sr-only">: {n.text}</span>
                          </button>
                        )}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </div>
      )}
    </div>
  );
}
