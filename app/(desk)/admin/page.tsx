import type { Metadata } from 'next';
import { listApiTokens } from '@/lib/auth/api-tokens';
import { requirePageActor } from '@/lib/auth/page';
import { listUsers } from '@/lib/users/manage-users';
import { publicUrl } from '@/lib/env';
import { describeMailConfig } from '@/lib/outbox/mail';
import { deliveryCounts, listDeliveries } from '@/lib/outbox/queries';
import { WEBHOOK_EVENTS } from '@/lib/webhooks/events';
import { listWebhooks } from '@/lib/webhooks/manage-webhooks';
import { AdminPanel } from './admin-panel';
import { OutboxAdmin } from './outbox-admin';

export const metadata: Metadata = { title: 'Admin' };
export const dynamic = 'force-dynamic';

export default async function AdminPage() {
  const actor = await requirePageActor('users.manage', '/admin');
  const users = listUsers({ includeDisabled: true }).map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabled: Boolean(u.disabledAt),
  }));
  const tokens = listApiTokens().map((t) => ({ id: t.id, name: t.name, email: t.email, revoked: Boolean(t.revokedAt) }));
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Admin</h1>
      <AdminPanel users={users} tokens={tokens} selfId={actor.id} />
      <OutboxAdmin mail={{ ...describeMailConfig(), publicUrl: publicUrl() }} webhooks={listWebhooks(actor)} events={WEBHOOK_EVENTS}
        deliveries={listDeliveries({ limit: 30 })} counts={deliveryCounts()} />
    </>
  );
}
