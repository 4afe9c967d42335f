'use client';
// One live connection per tab: the person's own stream, or an article's stream while its
// board is open (which carries the person's notifications too). Browsers allow only a few
// connections per site, so every component listens here rather than opening its own.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';

export interface LiveEvent {
  type: string;
  articleId?: string | null;
  claimId?: string;
  actor: { id: string; name: string } | null;
  at: string;
  change?: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
  notification?: { id: string; type: string; text: string; claimId: string | null; createdAt: string };
  people?: { id: string; name: string }[];
  reason?: string;
  /** On `closed`: reconnecting would not help (signed out, replaced by a newer tab). */
  final?: boolean;
}

type Listener = (event: LiveEvent) => void;

interface LiveContextValue {
  subscribe(listener: Listener): () => void;
  /** The board asks for its article's stream; `after` is where the rendered page stands. */
  follow(articleId: string | null, after?: string): void;
  connected: boolean;
}

const LiveContext = createContext<LiveContextValue | null>(null);

export function LiveEventsProvider({ children }: { children: React.ReactNode }) {
  const listeners = useRef(new Set<Listener>());
  const [target, setTarget] = useState<{ articleId: string | null; after?: string }>({ articleId: null });
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    const url = target.articleId
      ? `/api/v1/articles/${encodeURIComponent(target.articleId)}/events${target.after ? `?after=${encodeURIComponent(target.after)}` : ''}`
      : '/api/v1/me/events';
    // EventSource reconnects by itself and resumes with Last-Event-ID.
    const source = new EventSource(url);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(source.readyState === EventSource.OPEN);
    source.onmessage = (message) => {
      let event: LiveEvent;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      // EventSource reconnects after any end; a final one (signed out, replaced by a newer tab) must not.
      if (event.type === 'closed' && event.final) {
        source.close();
        setConnected(false);
      }
      for (const l of listeners.current) l(event);
    };
    return () => {
      source.close();
      setConnected(false);
    };
  }, [target.articleId, target.after]);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  const follow = useCallback((articleId: string | null, after?: string) => setTarget({ articleId, after }), []);
  const value = useMemo(() => ({ subscribe, follow, connected }), [subscribe, follow, connected]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

/** Calls `listener` for every live event (the latest listener, without re-subscribing). */
export function useLiveEvents(listener: Listener): { connected: boolean } {
  const live = useContext(LiveContext);
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => live?.subscribe((e) => latest.current(e)), [live]);
  return { connected: live?.connected ?? false };
}

/** While mounted, this tab follows the article's stream instead of the person's own. */
export function useFollowArticle(articleId: string | null, after?: string): void {
  const live = useContext(LiveContext);
  useEffect(() => {
    if (articleId === null) return;
    live?.follow(articleId, after);
    return () => live?.follow(null);
    // `after` matters only for the first connection; a re-render must not reconnect.
  }, [live, articleId]);
}
