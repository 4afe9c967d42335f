// Runs once when a Next.js server instance boots: start the background job runner in the
// Node.js runtime (never in the edge runtime, never while building).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startServerJobs } = await import('./lib/jobs/start');
    startServerJobs();
  }
}
