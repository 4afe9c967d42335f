// What one server process runs in the background: the outbox worker, and the deadline
// scan that writes "due soon" and "overdue" notifications once a minute. When lib/jobs
// (the desk's one home for background work) lands, the scan becomes a recurring job there.
import { scanDeadlines } from '@/lib/notifications/deadlines';
import { startBackgroundWork, type BackgroundWork } from './worker';

export const DEADLINE_SCAN_MS = 60_000;

export function startDeskBackgroundWork(): BackgroundWork {
  return startBackgroundWork({ tasks: [{ name: 'deadline scan', everyMs: DEADLINE_SCAN_MS, run: (now) => scanDeadlines({ now }) }] });
}
