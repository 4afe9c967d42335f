// Next.js calls register() once when a server process starts: start the desk's background
// work exactly once per process, in the Node.js runtime only (never in the edge runtime, never
// while building): the job runner (lib/jobs), which also delivers the outbox and scans deadlines.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // CLAIMDESK_JOBS=off (a replica that only serves pages) runs none of it
  const { env } = await import('./lib/env');
  if (env().CLAIMDESK_JOBS === 'off') return;
  const { startServerJobs } = await import('./lib/jobs/start');
  startServerJobs();
}
