// One hub per server process: it reads what was written since it last looked (audit
// events, notifications) and hands each to the open streams it concerns. Reading the
// database rather than passing messages in memory means only committed changes go out,
// and a change made by any process (a script, another server) reaches every stream.
import { databasePath, getDb } from '@/db';
import { auditSince, currentCursor, notificationsSince, type Cursor, type LiveEvent } from './feed';
import { setEventsWake } from './publish';

export interface Subscriber {
  userId: string;
  name: string;
  articleId: string | null;
  cursor: Cursor;
  deliver(event: LiveEvent): void;
  presence(people: { id: string; name: string }[]): void;
  close(reason: string): void;
}

const POLL_MS = 250;
const BATCH = 500;

export class EventHub {
  private subscribers = new Set<Subscriber>();
  private seen: Cursor | null = null;
  private dbPath = '';
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;

  count(userId?: string): number {
    if (!userId) return this.subscribers.size;
    let n = 0;
    for (const s of this.subscribers) if (s.userId === userId) n += 1;
    return n;
  }

  /** The account's longest-open stream (a Set keeps the order streams were opened in). */
  oldest(userId: string): Subscriber | undefined {
    for (const s of this.subscribers) if (s.userId === userId) return s;
    return undefined;
  }

  subscribe(sub: Subscriber): () => void {
    this.subscribers.add(sub);
    if (!this.timer) {
      this.seen = null;
      this.timer = setInterval(() => this.tick(), POLL_MS);
      this.timer.unref();
      setEventsWake(() => this.tick());
    }
    this.tick();
    if (sub.articleId) this.announcePresence(sub.articleId);
    return () => this.unsubscribe(sub);
  }

  private unsubscribe(sub: Subscriber): void {
    if (!this.subscribers.delete(sub)) return;
    if (sub.articleId) this.announcePresence(sub.articleId);
    if (this.subscribers.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
      setEventsWake(undefined);
    }
  }

  /** Who has the article open: each person once, by name. */
  presence(articleId: string): { id: string; name: string }[] {
    const people = new Map<string, string>();
    for (const s of this.subscribers) if (s.articleId === articleId) people.set(s.userId, s.name);
    return [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  }

  private announcePresence(articleId: string): void {
    const people = this.presence(articleId);
    for (const s of this.subscribers) if (s.articleId === articleId) s.presence(people);
  }

  /** Reads everything new and delivers it. Synchronous: nothing else runs in between. */
  tick(): void {
    if (this.ticking || this.subscribers.size === 0) return;
    this.ticking = true;
    try {
      const db = getDb();
      const path = databasePath();
      if (!this.seen || path !== this.dbPath) {
        this.dbPath = path;
        this.seen = currentCursor(db);
      }
      for (;;) {
        const events = [...auditSince(db, this.seen.audit, BATCH), ...notificationsSince(db, this.seen.notification, BATCH)];
        for (const event of events) {
          this.seen[event.kind] = Math.max(this.seen[event.kind], event.seq);
          this.dispatch(event);
        }
        if (events.length < BATCH) break;
      }
    } catch (error) {
      console.error('[claimdesk] live events: reading new events failed', error);
    } finally {
      this.ticking = false;
    }
  }

  private dispatch(event: LiveEvent): void {
    for (const s of [...this.subscribers]) {
      if (event.closesUser === s.userId) {
        s.close('account disabled');
        continue;
      }
      if ((event.articleId && event.articleId === s.articleId) || event.userIds.includes(s.userId)) s.deliver(event);
      if (event.data.type === 'article.deleted' && event.articleId === s.articleId) s.close('article deleted');
    }
  }
}

const key = Symbol.for('claimdesk.events.hub');

export function eventHub(): EventHub {
  const holder = globalThis as { [key]?: EventHub };
  return (holder[key] ??= new EventHub());
}
