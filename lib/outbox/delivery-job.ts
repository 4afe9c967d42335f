// The outbox's delivery run, as a background job: deliver everything due, batch after
// batch, then book the next run for the earliest message still waiting (a retry's time,
// or the end of a lease a dead process left behind). So nothing polls: a change books a
// run, a failure books its retry, and a restart finds the booked job in the database.
import { z } from 'zod';
import { getDb } from '@/db';
import { defineJob, yieldToServer } from '@/lib/jobs/registry';
import { deliverDue, nextDeliveryDue } from './deliver';
import { OUTBOX_DELIVERY_JOB, scheduleDelivery } from './schedule';

const BATCH = 20;

export const outboxDeliveryJob = defineJob({
  kind: OUTBOX_DELIVERY_JOB,
  parse: (payload) => z.object({}).parse(payload ?? {}),
  forgetWhenDone: true,
  // Longer than a full batch of transports timing out together.
  timeoutMs: 10 * 60_000,
  async run(_payload, ctx) {
    let tried = 0;
    for (;;) {
      // On the runner's clock; what falls due meanwhile is booked below.
      const n = await deliverDue({ limit: BATCH, now: ctx.now });
      tried += n;
      ctx.progress(tried, tried + (n === BATCH ? BATCH : 0));
      // A full batch means more may be waiting.
      if (n < BATCH) break;
      await yieldToServer();
    }
    const next = nextDeliveryDue();
    if (next) scheduleDelivery(getDb(), next);
    return { tried };
  },
});
