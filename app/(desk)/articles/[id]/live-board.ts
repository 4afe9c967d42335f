'use client';
// A colleague's change reaches this board without a reload, through the tab's one event stream
// (app/_components/live). A change to one claim fetches that claim and hands it to the claims
// store; a change to the list (a new, split or merged claim, a new version) reads the list again
// and applies only the claims that differ. Nothing re-sends the page, so what this person is
// typing or selecting stays. This tab's own changes are already in the store from their
// responses: the store keeps a copy only when it differs, so their echo changes nothing.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useFollowArticle, useLiveEvents, type LiveEvent } from '@/app/_components/live/live-events';
import { api, ApiError } from '@/app/_lib/api-client';
import { describeLiveChange } from '@/lib/events/describe-live';
import type { BoardArticle, BoardPerson, ClaimJson } from './board-types';
import { fetchBoard, fromClaimJson } from './board-types';
import type { ClaimsStore } from './claims-store';

/** Changes that add, remove or reshape claims: the list is read again, not one claim. */
const LIST_CHANGES = new Set(['claim.created', 'claim.split', 'claim.merged', 'article.version_imported', 'claim.removed_from_text', 'claim.placed_by_hand']);

const pickArticle = (a: BoardArticle): BoardArticle => ({
  id: a.id, title: a.title, dek: a.dek, byline: a.byline, publication: a.publication, sourceUrl: a.sourceUrl, publishedAt: a.publishedAt, body: a.body, links: a.links ?? [],
});

export interface LiveNotice {
  claimId: string;
  text: string;
}

interface Options {
  article: BoardArticle;
  /** The board's text and claims (GET /api/v1/articles/:id/board), read again after a change to the list. */
  payloadUrl: string;
  /** Where the stream stood when the board's claims were read; null until they have been (nothing is followed before). */
  liveAfter: string | null;
  actorId: string;
  store: ClaimsStore;
  people: BoardPerson[];
  selectedId: string | null;
  /** The open claim changed in a way its version does not show (a comment, evidence): re-read its detail. */
  refreshDetail: () => void;
  onArticle: (article: BoardArticle) => void;
}

export function useLiveBoard({ article, payloadUrl, liveAfter, actorId, store, people, selectedId, refreshDetail, onArticle }: Options) {
  const [present, setPresent] = useState<{ id: string; name: string }[]>([]);
  const [notice, setNotice] = useState<LiveNotice | null>(null);
  const listTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const articleRef = useRef(article);
  articleRef.current = article;

  useEffect(() => setNotice((n) => (n && n.claimId !== selectedId ? null : n)), [selectedId]);

  const readList = useCallback(async () => {
    try {
      const { article: read, claims } = await fetchBoard(payloadUrl);
      const fresh = pickArticle(read);
      if (JSON.stringify(fresh) !== JSON.stringify(pickArticle(articleRef.current))) onArticle(fresh);
      const ids = new Set(claims.map((c) => c.id));
      store.upsertChanged(...claims);
      store.remove(...store.getSnapshot().filter((c) => !ids.has(c.id)).map((c) => c.id));
    } catch {
      // The next event or reconnect tries again; the board keeps what it has.
    }
  }, [payloadUrl, store, onArticle]);

  const readClaim = useCallback(async (id: string) => {
    try {
      const res = await api<{ claim: ClaimJson }>(`/api/v1/claims/${encodeURIComponent(id)}`);
      store.upsertChanged(fromClaimJson(res.claim));
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) store.remove(id);
    }
  }, [store]);

  const soon = useCallback(() => {
    if (listTimer.current) clearTimeout(listTimer.current);
    listTimer.current = setTimeout(() => void readList(), 150);
  }, [readList]);
  useEffect(() => () => { if (listTimer.current) clearTimeout(listTimer.current); }, []);

  useFollowArticle(liveAfter === null ? null : article.id, liveAfter ?? undefined);
  useLiveEvents((event: LiveEvent) => {
    if (event.type === 'presence') return setPresent((event.people ?? []).filter((p) => p.id !== actorId));
    // The server could not replay everything missed (a long drop): read the list again.
    if (event.type === 'reload') return soon();
    if (event.type === 'notification' || event.type === 'ready' || event.type === 'closed' || event.articleId !== article.id) return;
    const byOther = event.actor?.id !== actorId;
    if (!event.claimId) {
      // An article's details or a new version: this tab's own save already showed it.
      if (byOther) soon();
      return;
    }
    if (LIST_CHANGES.has(event.type)) soon();
    else void readClaim(event.claimId);
    if (event.claimId === selectedId) {
      refreshDetail();
      if (byOther) setNotice({ claimId: event.claimId, text: describeLiveChange(event, people) });
    }
  });

  return { present, notice, dismissNotice: () => setNotice(null) };
}
