// The outbox against a real SMTP server and a real HTTP receiver on loopback.
import { eq, isNotNull, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { jobs, notificationSettings, outboxMessages, webhooks } from '@/db/schema';
import { useTestDatabase } from '@/db/test-database';
import { getArticle } from '@/lib/articles/queries';
import { importSample, person, SAMPLE_BODY } from '@/lib/articles/test-desk';
import type { Actor } from '@/lib/auth/permissions';
import { updateClaim } from '@/lib/claims/update-claim';
import { setEmailChoices } from '@/lib/notifications/settings';
import { registerWebhook, removeWebhook, sendTestWebhook } from '@/lib/webhooks/manage-webhooks';
import '@/lib/jobs/definitions';
import { runDueJob } from '@/lib/jobs/runner';
import { MAX_ATTEMPTS } from './backoff';
import { deliverDue } from './deliver';
import { listDeliveries, retryDelivery } from './queries';
import { OUTBOX_DELIVERY_JOB } from './schedule';
import { verifySignature } from './signature';
import { startReceiver, startSmtpServer } from './test-servers';

const SECRET = 'a-webhook-secret-of-some-length';
const messages = () => getDb().select().from(outboxMessages).all();
const clearOutbox = () => getDb().delete(outboxMessages).where(eq(outboxMessages.channel, outboxMessages.channel)).run();
const later = (ms: number) => new Date(Date.now() + ms);

describe('the outbox', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let dana: Actor;
  let admin: Actor;
  let riley: Actor;
  let sam: Actor;
  let claimIds: string[];
  let articleId: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    db = useTestDatabase();
    smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
    process.env.MAIL_FROM = 'Claimdesk <desk@claimdesk.test>';
    process.env.PUBLIC_URL = 'https://desk.example.org/';
    process.env.CLAIMDESK_ALLOW_PRIVATE_URLS = '1';
    dana = await person('editor', 'Dana Editor');
    admin = await person('admin', 'Ada Admin');
    riley = await person('reviewer', 'Riley Reviewer');
    sam = await person('reviewer', 'Sam Second');
  });
  beforeEach(() => {
    // Each test registers its own endpoints; the last test's are gone.
    getDb().update(webhooks).set({ removedAt: new Date() }).where(isNull(webhooks.removedAt)).run();
    getDb().delete(notificationSettings).where(isNotNull(notificationSettings.userId)).run();
    clearOutbox();
    smtp.mails.length = 0;
    articleId = importSample(dana);
    claimIds = getArticle({ id: articleId }).claims.map((c) => c.id);
  });
  afterAll(async () => {
    process.env = { ...saved };
    await smtp.close();
    db.cleanup();
  });

  it('emails an assignment to a reviewer who opted in, and not to one who did not', async () => {
    setEmailChoices(riley.id, { emailTypes: ['assigned'], emailPaused: false });
    updateClaim(dana, claimIds[0]!, { version: 1, assigneeId: riley.id });
    updateClaim(dana, claimIds[1]!, { version: 1, assigneeId: sam.id });
    expect(await deliverDue()).toBe(1);
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.to).toEqual([riley.email]);
    expect(mail.from).toBe('desk@claimdesk.test');
    expect(mail.parsed.subject).toMatch(/^Claimdesk: Dana Editor assigned you a claim in “Kharkiv restores power”/);
    const statement = getArticle({ id: articleId }).claims[0]!.statement;
    const link = `https://desk.example.org/articles/${articleId}?claim=${claimIds[0]}`;
    expect(mail.parsed.text).toContain(statement);
    expect(mail.parsed.text).toContain(link);
    expect(mail.parsed.html).toContain(`href="${link.replace(/&/g, '&amp;')}"`);
    // The statement, and no other words of the article.
    const otherSentences = SAMPLE_BODY.split(/\n\n|(?<=\.) /).filter((s) => s.length > 20 && !s.includes(statement) && !statement.includes(s));
    for (const s of otherSentences) expect(mail.parsed.text).not.toContain(s);
    expect(mail.parsed.messageId).toBe(`<${messages()[0]!.id}@claimdesk>`);
    expect(messages()[0]).toMatchObject({ status: 'delivered', attempts: 1, lastResponseCode: 250 });
  });

  it('sends no email when the person paused email, chose other types, or the desk has no mail server', async () => {
    setEmailChoices(riley.id, { emailTypes: ['assigned'], emailPaused: true });
    setEmailChoices(sam.id, { emailTypes: ['mentioned'], emailPaused: false });
    updateClaim(dana, claimIds[0]!, { version: 1, assigneeId: riley.id });
    updateClaim(dana, claimIds[1]!, { version: 1, assigneeId: sam.id });
    setEmailChoices(riley.id, { emailTypes: ['assigned'], emailPaused: false });
    delete process.env.SMTP_URL;
    updateClaim(dana, claimIds[2]!, { version: 1, assigneeId: riley.id });
    process.env.SMTP_URL = smtp.url;
    expect(messages()).toEqual([]);
    expect(await deliverDue()).toBe(0);
    expect(smtp.mails).toEqual([]);
  });

  it('signs each webhook delivery so the receiver can verify it, and sends only subscribed events', async () => {
    const receiver = await startReceiver();
    try {
      const hook = await registerWebhook(admin, { url: receiver.url, events: ['claim.status_changed', 'claim.assigned'], secret: SECRET });
      updateClaim(dana, claimIds[0]!, { version: 1, assigneeId: riley.id });
      updateClaim(dana, claimIds[0]!, { version: 2, statement: 'Reworded.' });
      updateClaim(riley, claimIds[0]!, { version: 3, status: 'disputed' });
      expect(await deliverDue()).toBe(2);
      expect(receiver.requests.map((r) => r.headers['x-claimdesk-event'])).toEqual(expect.arrayContaining(['claim.assigned', 'claim.status_changed']));
      expect(receiver.requests).toHaveLength(2);
      for (const r of receiver.requests) {
        expect(verifySignature(String(r.headers['x-claimdesk-signature']), r.body, SECRET)).toBe(true);
        expect(verifySignature(String(r.headers['x-claimdesk-signature']), r.body, 'the-wrong-secret-0000')).toBe(false);
        expect(verifySignature(String(r.headers['x-claimdesk-signature']), `${r.body} `, SECRET)).toBe(false);
        expect(r.headers['content-type']).toBe('application/json');
      }
      const verdict = receiver.requests.find((r) => r.headers['x-claimdesk-event'] === 'claim.status_changed')!;
      const doc = JSON.parse(verdict.body);
      expect(doc).toMatchObject({
        id: verdict.headers['x-claimdesk-delivery'], type: 'claim.status_changed', actor: { id: riley.id, name: 'Riley Reviewer' },
        article: { id: articleId, title: 'Kharkiv restores power' },
        claim: { id: claimIds[0], statement: 'Reworded.', status: 'disputed', url: `https://desk.example.org/articles/${articleId}?claim=${claimIds[0]}` },
        change: { before: { status: 'unchecked' }, after: { status: 'disputed' } },
      });
      // A stale signature (replayed an hour later) is refused by the same check.
      expect(verifySignature(String(verdict.headers['x-claimdesk-signature']), verdict.body, SECRET, { now: later(3_600_000) })).toBe(false);
      expect(listDeliveries({ webhookId: hook.id }).map((d) => [d.status, d.lastResponseCode])).toEqual([['delivered', 200], ['delivered', 200]]);
    } finally {
      await receiver.close();
    }
  });

  it('tries again with backoff: a receiver that answers 500 twice gets the event on the third try, once', async () => {
    const receiver = await startReceiver([500, 500]);
    try {
      const hook = await registerWebhook(admin, { url: receiver.url, events: ['*'], secret: SECRET, format: 'slack' });
      updateClaim(dana, claimIds[1]!, { version: 1, status: 'confirmed' });
      expect(await deliverDue()).toBe(1);
      expect(messages()[0]).toMatchObject({ status: 'pending', attempts: 1, lastResponseCode: 500 });
      // Not due yet: the backoff holds it.
      expect(await deliverDue({ now: later(5_000) })).toBe(0);
      expect(await deliverDue({ now: later(31_000) })).toBe(1);
      expect(messages()[0]).toMatchObject({ status: 'pending', attempts: 2 });
      expect(await deliverDue({ now: later(60_000) })).toBe(0);
      expect(await deliverDue({ now: later(200_000) })).toBe(1);
      expect(await deliverDue({ now: later(10_000_000) })).toBe(0);
      expect(receiver.requests).toHaveLength(3);
      expect(new Set(receiver.requests.map((r) => r.headers['x-claimdesk-delivery'])).size).toBe(1);
      expect(JSON.parse(receiver.requests[2]!.body).text).toMatch(/^Dana Editor set a claim in “Kharkiv restores power” to Confirmed: “.+” <https:\/\/desk\.example\.org\/articles\/.+\|Open in Claimdesk>$/);
      const [log] = listDeliveries({ webhookId: hook.id });
      expect(log).toMatchObject({ status: 'delivered', attempts: 3, lastResponseCode: 200 });
      expect(log!.tries.map((t) => t.responseCode)).toEqual([200, 500, 500]);
    } finally {
      await receiver.close();
    }
  });

  it('books its own delivery: the change queues one delivery job, and a failed try books the retry for its time', async () => {
    const receiver = await startReceiver([500]);
    const deliveryJobs = () => getDb().select().from(jobs).where(eq(jobs.kind, OUTBOX_DELIVERY_JOB)).all();
    try {
      getDb().delete(jobs).run();
      await registerWebhook(admin, { url: receiver.url, events: ['*'], secret: SECRET });
      updateClaim(dana, claimIds[3]!, { version: 1, status: 'confirmed' });
      updateClaim(dana, claimIds[3]!, { version: 2, status: 'disputed' });
      // Two messages, one delivery job waiting for both.
      expect(messages().filter((m) => m.status === 'pending')).toHaveLength(2);
      expect(deliveryJobs()).toMatchObject([{ status: 'queued' }]);
      expect(await runDueJob(new Date(), 'prompt')).toBe(true);
      expect(receiver.requests).toHaveLength(2);
      const retry = messages().find((m) => m.status === 'pending')!;
      expect(retry).toMatchObject({ attempts: 1, lastResponseCode: 500 });
      // The run that delivered left no row; the retry is booked for the message's own time.
      expect(deliveryJobs()).toMatchObject([{ status: 'queued', runAt: retry.nextAttemptAt }]);
      expect(await runDueJob(new Date(), 'prompt')).toBe(false);
      expect(await runDueJob(retry.nextAttemptAt, 'prompt')).toBe(true);
      expect(messages().filter((m) => m.status !== 'delivered')).toEqual([]);
      expect(deliveryJobs()).toEqual([]);
    } finally {
      await receiver.close();
    }
  });

  it('gives up after the last try and shows the failure; an admin can send it again', async () => {
    const receiver = await startReceiver(Array(MAX_ATTEMPTS).fill(503));
    try {
      const hook = await registerWebhook(admin, { url: receiver.url, events: ['*'], secret: SECRET });
      sendTestWebhook(admin, hook.id);
      for (let i = 0; i < MAX_ATTEMPTS; i++) await deliverDue({ now: later(i * 7 * 3_600_000) });
      const [failed] = listDeliveries({ webhookId: hook.id });
      expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastResponseCode: 503, eventType: 'webhook.test' });
      expect(failed!.lastError).toMatch(/answered 503/);
      retryDelivery(failed!.id);
      expect(await deliverDue()).toBe(1);
      expect(listDeliveries({ webhookId: hook.id })[0]).toMatchObject({ status: 'delivered', lastResponseCode: 200 });
      removeWebhook(admin, hook.id);
      updateClaim(dana, claimIds[2]!, { version: 1, status: 'confirmed' });
      expect(await deliverDue()).toBe(0);
    } finally {
      await receiver.close();
    }
  });

  it('refuses private and local addresses unless the setting allows them', async () => {
    process.env.CLAIMDESK_ALLOW_PRIVATE_URLS = '0';
    try {
      for (const url of ['http://127.0.0.1:9/x', 'http://10.1.2.3/hook', 'http://[::1]/x', 'http://localhost/x', 'http://169.254.169.254/latest']) {
        await expect(registerWebhook(admin, { url, events: ['*'], secret: SECRET })).rejects.toThrow(/Refused/);
      }
      await expect(registerWebhook(admin, { url: 'ftp://example.org/x', events: ['*'], secret: SECRET })).rejects.toThrow(/https:\/\//);
      await expect(registerWebhook(admin, { url: 'https://user:pw@example.org/x', events: ['*'], secret: SECRET })).rejects.toThrow(/user name or password/);
      await expect(registerWebhook(admin, { url: 'https://example.org/x', events: ['*'], secret: 'short' })).rejects.toThrow(/16 characters/);
      await expect(registerWebhook(admin, { url: 'https://example.org/x', events: ['claim.exploded'] as never, secret: SECRET })).rejects.toThrow(/Events are/);
      await expect(registerWebhook(dana, { url: 'https://example.org/x', events: ['*'], secret: SECRET })).rejects.toThrow(/does not allow/);
    } finally {
      process.env.CLAIMDESK_ALLOW_PRIVATE_URLS = '1';
    }
  });
});
