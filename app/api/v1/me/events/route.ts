// The caller's own live stream: notifications, and changes to claims assigned to them.
import { route } from '@/lib/auth/route';
import { streamFor } from '@/lib/events/route-stream';

export const dynamic = 'force-dynamic';

export const GET = route(null, ({ actor, req }) => streamFor(actor, req, null));
