// The queue's summary once per page render: the header's My claims badge and the My claims
// page both show it, and for a reviewer holding 5,000 claims each count reads the whole queue.
import 'server-only';
import { cache } from 'react';
import type { Actor } from '@/lib/auth/permissions';
import { getQueueSummary } from '@/lib/claims/queries';

export const queueSummaryForThisRequest = cache((actor: Actor) => getQueueSummary({ actor }));
