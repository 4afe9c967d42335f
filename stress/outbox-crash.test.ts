// A crash between a change and its delivery: the change's webhook is delivered after the
// restart, once. A crash after the receiver answered but before the outcome was saved
// sends it again with the same delivery id: at-least-once, with the key to deduplicate.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db';
import { outboxMessages } from '@/db/schema';
import { useTestDatabase } from '@/db/test-database';
import { getArticle } from '@/lib/articles/queries';
import { importSample, person } from '@/lib/articles/test-desk';
import type { Actor } from '@/lib/auth/permissions';
import { LEASE_MS } from '@/lib/outbox/backoff';
import { deliverDue } from '@/lib/outbox/deliver';
import { verifySignature } from '@/lib/outbox/signature';
import { startReceiver } from '@/lib/outbox/test-servers';
import { registerWebhook } from '@/lib/webhooks/manage-webhooks';

const SECRET = 'crash-test-secret-0123456789';

function runChild(mode: 'before-send' | 'after-send', email: string, claimId: string): Promise<{ signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'stress/outbox-crash-child.ts', mode, email, claimId], { env: { ...process.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (_code, signal) => resolve({ signal, stdout, stderr }));
  });
}

describe('the outbox across a crash', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let dana: Actor;
  let admin: Actor;
  const saved = { ...process.env };
  beforeAll(async () => {
    db = useTestDatabase();
    process.env.CLAIMDESK_ALLOW_PRIVATE_URLS = '1';
    receiver = await startReceiver();
    dana = await person('editor', 'Dana Editor');
    admin = await person('admin', 'Ada Admin');
    await registerWebhook(admin, { url: receiver.url, events: ['claim.status_changed'], secret: SECRET });
  });
  afterAll(async () => {
    process.env = { ...saved };
    await receiver.close();
    db.cleanup();
  });

  it('delivers once after a restart when the process died between the change and the delivery', async () => {
    const claimId = getArticle({ id: importSample(dana) }).claims[0]!.id;
    closeDb();
    const child = await runChild('before-send', dana.email, claimId);
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(child.stdout).toContain('change committed');
    expect(receiver.requests).toHaveLength(0);
    expect(getDb().select().from(outboxMessages).all()).toMatchObject([{ status: 'pending', attempts: 0, eventType: 'claim.status_changed' }]);

    // The restarted process's worker.
    expect(await deliverDue()).toBe(1);
    expect(await deliverDue({ now: new Date(Date.now() + LEASE_MS * 10) })).toBe(0);
    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(verifySignature(String(request!.headers['x-claimdesk-signature']), request!.body, SECRET)).toBe(true);
    expect(JSON.parse(request!.body)).toMatchObject({ type: 'claim.status_changed', claim: { id: claimId, status: 'disputed' } });
  });

  it('sends again, with the same delivery id, when the process died after the receiver answered', async () => {
    receiver.requests.length = 0;
    getDb().delete(outboxMessages).run();
    const claimId = getArticle({ id: importSample(dana, 'Second article') }).claims[0]!.id;
    closeDb();
    const child = await runChild('after-send', dana.email, claimId);
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(receiver.requests).toHaveLength(1);
    expect(getDb().select().from(outboxMessages).all()).toMatchObject([{ status: 'sending', attempts: 1 }]);

    // The lease the dead worker held keeps a second worker off until it runs out.
    expect(await deliverDue()).toBe(0);
    expect(await deliverDue({ now: new Date(Date.now() + LEASE_MS + 1_000) })).toBe(1);
    expect(receiver.requests).toHaveLength(2);
    const [first, second] = receiver.requests;
    expect(second!.headers['x-claimdesk-delivery']).toBe(first!.headers['x-claimdesk-delivery']);
    expect(second!.body).toBe(first!.body);
    expect(getDb().select().from(outboxMessages).all()).toMatchObject([{ status: 'delivered', attempts: 2 }]);
  });
});
