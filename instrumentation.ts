// Next.js calls register() once when a server process starts: the place to start the
// desk's background work (outbox deliveries, the deadline scan) exactly once per process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startDeskBackgroundWork } = await import('./lib/outbox/start');
  startDeskBackgroundWork();
}
