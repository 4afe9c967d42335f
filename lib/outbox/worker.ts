// The in-process worker: delivers the outbox as soon as a change queues something (and
// every few seconds, for retries and for messages queued by other processes), and runs
// the few periodic tasks the desk has. Started once per server process (instrumentation.ts).
import { deliverDue } from './deliver';
import { setOutboxNudge } from './nudge';

export interface PeriodicTask {
  name: string;
  everyMs: number;
  run: (now: Date) => unknown;
}

export interface BackgroundWork {
  stop(): Promise<void>;
}

const key = Symbol.for('claimdesk.background-work');
type Holder = { [key]?: BackgroundWork };

const BATCH = 20;

export function startBackgroundWork({ pollMs = 2_000, tasks = [] }: { pollMs?: number; tasks?: PeriodicTask[] } = {}): BackgroundWork {
  const holder = globalThis as Holder;
  if (holder[key]) return holder[key];

  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  async function drain(): Promise<void> {
    do {
      again = false;
      try {
        // A full batch means more may be waiting: keep going until the outbox is empty.
        while (!stopped && (await deliverDue({ limit: BATCH })) === BATCH);
      } catch (error) {
        console.error('[claimdesk] outbox delivery failed', error);
      }
    } while (again && !stopped);
  }

  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain().finally(() => {
      running = null;
    });
  }

  const timers: NodeJS.Timeout[] = [setInterval(kick, pollMs)];
  for (const task of tasks) {
    let busy = false;
    const runTask = async () => {
      if (busy || stopped) return;
      busy = true;
      try {
        await task.run(new Date());
      } catch (error) {
        console.error(`[claimdesk] ${task.name} failed`, error);
      } finally {
        busy = false;
      }
    };
    // Once soon after start (catching up on downtime), then on the interval.
    timers.push(setTimeout(runTask, 1_000), setInterval(runTask, task.everyMs));
  }
  // Background work must never keep a process alive that is otherwise done.
  for (const t of timers) t.unref();
  setOutboxNudge(kick);
  kick();

  const work: BackgroundWork = {
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      setOutboxNudge(undefined);
      await running;
      holder[key] = undefined;
    },
  };
  holder[key] = work;
  return work;
}
