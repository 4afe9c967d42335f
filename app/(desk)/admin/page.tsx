import type { Metadata } from 'next';
import { listApiTokens } from '@/lib/auth/api-tokens';
import { formatDate } from '@/lib/dates';
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

const day = (d: Date | null) => (d ? formatDate(d) : null);

export default async function AdminPage() {
  const actor = await requirePageActor('users.manage', '/admin');
  const people = listUsers({ includeDisabled: true });
  const disabled = new Set(people.filter((u) => u.disabledAt).map((u) => u.email));
  const users = people.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role, disabled: Boolean(u.disabledAt) }));
  const tokens = listApiTokens().map((t) => ({
    id: t.id,
    name: t.name,
    email: t.email,
    created: day(t.createdAt)!,
    lastUsed: day(t.lastUsedAt),
    // A disabled account's tokens are refused (lib/auth/api-tokens.ts), whatever their own state.
    state: disabled.has(t.email) ? ('inactive' as const) : t.revokedAt ? ('revoked' as const) : ('active' as const),
    revokedOn: day(t.revokedAt),
  }));
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Admin</h1>
      <AdminPanel users={users} tokens={tokens} selfId={actor.id} />
      <OutboxAdmin mail={{ ...describeMailConfig(), publicUrl: publicUrl() }} webhooks={listWebhooks(actor)} events={WEBHOOK_EVENTS}
        deliveries={listDeliveries({ limit: 30 })} counts={deliveryCounts()} />
    </>
  );
}
