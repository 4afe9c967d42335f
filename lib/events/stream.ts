// A live event stream as server-sent events: replays what the client missed (from the
// `Last-Event-ID` it sends on reconnecting, or `?after=` on first connect), then follows
// the hub. Bounded per account, checked against the account on an interval, and closed
// when it falls too far behind rather than buffering without end.
import { getDb } from '@/db';
import type { Actor } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { auditForStream, currentCursor, notificationsSince, type Cursor, type LiveEvent } from './feed';
import { eventHub, type Subscriber } from './hub';

const REPLAY_LIMIT = 1_000;
const HEARTBEAT_MS = 15_000;
/** Bytes queued for a client that is not reading; past this it is dropped and must resume. */
const MAX_BACKLOG_BYTES = 1_000_000;

export interface StreamOptions {
  actor: Actor;
  req: Request;
  articleId: string | null;
  /** Re-checks that the caller may still listen (signed in, not disabled); false closes the stream. */
  stillAllowed: () => Promise<boolean>;
  sessionCheckMs?: number;
}

/** "12.7" → { audit: 12, notification: 7 }; anything else → null. */
export function parseCursor(value: string | null | undefined): Cursor | null {
  const m = value ? /^(\d{1,15})\.(\d{1,15})$/.exec(value.trim()) : null;
  return m ? { audit: Number(m[1]), notification: Number(m[2]) } : null;
}

export const formatCursor = (c: Cursor) => `${c.audit}.${c.notification}`;

function frame(data: unknown, id?: string, event?: string): string {
  return `${event ? `event: ${event}\n` : ''}${id ? `id: ${id}\n` : ''}data: ${JSON.stringify(data)}\n\n`;
}

// One event goes to every open stream on the article: serialise it once, not once per stream.
const serialised = new WeakMap<LiveEvent, string>();
function eventFrame(event: LiveEvent, id: string): string {
  let json = serialised.get(event);
  if (json === undefined) serialised.set(event, (json = JSON.stringify(event.data)));
  return `id: ${id}\ndata: ${json}\n\n`;
}

export function openEventStream({ actor, req, articleId, stillAllowed, sessionCheckMs = 30_000 }: StreamOptions): Response {
  const hub = eventHub();
  const max = env().CLAIMDESK_MAX_STREAMS_PER_USER;
  // Over the bound, the account's oldest stream gives way: the tab just opened is the one being
  // looked at, and a stream whose tab closed without the server noticing cannot lock the person out.
  for (let n = hub.count(actor.id); n >= max; n -= 1) hub.oldest(actor.id)?.close(`replaced: at most ${max} live connections per account (tabs or devices)`);
  const db = getDb();
  const from = parseCursor(req.headers.get('last-event-id')) ?? parseCursor(new URL(req.url).searchParams.get('after'));
  const encoder = new TextEncoder();
  let unsubscribe = () => {};
  const timers: NodeJS.Timeout[] = [];
  let closed = false;

  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const write = (text: string) => {
          if (closed) return;
          if ((controller.desiredSize ?? 0) < -MAX_BACKLOG_BYTES) return close('too far behind; reconnect to resume');
          controller.enqueue(encoder.encode(text));
        };
        const close = (reason: string) => {
          if (closed) return;
          closed = true;
          try {
            // `final`: reconnecting would not help (signed out, disabled, deleted, replaced), so the page stops trying.
            const final = !reason.startsWith('too far behind');
            controller.enqueue(encoder.encode(frame({ type: 'closed', reason, final, at: new Date().toISOString(), actor: null })));
          } catch {
            // the client is gone
          }
          for (const t of timers) clearInterval(t);
          unsubscribe();
          try {
            controller.close();
          } catch {
            // already closed by the client going away
          }
        };
        const sub: Subscriber = {
          userId: actor.id,
          name: actor.name,
          articleId,
          cursor: from ?? currentCursor(db),
          deliver(event: LiveEvent) {
            if (event.seq <= sub.cursor[event.kind]) return;
            sub.cursor[event.kind] = event.seq;
            write(eventFrame(event, formatCursor(sub.cursor)));
          },
          presence(people) {
            write(frame({ type: 'presence', articleId, people, actor: null, at: new Date().toISOString() }));
          },
          close,
        };

        write(`retry: 2000\n\n`);
        // Replay before following: the hub skips whatever this already sent (by position).
        if (from) {
          const missed = auditForStream(db, from.audit, REPLAY_LIMIT + 1, { articleId, userId: actor.id });
          const notes = notificationsSince(db, from.notification, REPLAY_LIMIT + 1, [actor.id]);
          if (missed.length > REPLAY_LIMIT || notes.length > REPLAY_LIMIT) {
            // Too much to replay one by one: tell the page to load afresh, and go on from now.
            sub.cursor = currentCursor(db);
            write(frame({ type: 'reload', articleId, actor: null, at: new Date().toISOString() }, formatCursor(sub.cursor)));
          } else {
            for (const e of [...missed, ...notes]) sub.deliver(e);
          }
        }
        write(frame({ type: 'ready', articleId, actor: null, at: new Date().toISOString() }, formatCursor(sub.cursor)));
        unsubscribe = hub.subscribe(sub);

        timers.push(setInterval(() => write(': keep-alive\n\n'), HEARTBEAT_MS));
        timers.push(setInterval(() => {
          stillAllowed().then((ok) => !ok && close('signed out'), () => {});
        }, sessionCheckMs));
        req.signal.addEventListener('abort', () => close('client went away'), { once: true });
      },
      cancel() {
        closed = true;
        for (const t of timers) clearInterval(t);
        unsubscribe();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
  );

  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform keeps compression from holding events back until a buffer fills.
      'Cache-Control': 'no-cache, no-store, no-transform',
      'X-Accel-Buffering': 'no',
      Connection: 'keep-alive',
    },
  });
}
