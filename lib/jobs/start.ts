// Starts the server's job runner with every job definition loaded. Called once from
// instrumentation.ts when the Node.js server boots.
import { env } from '@/lib/env';
import './definitions';
import { startJobRunner } from './runner';

export function startServerJobs(): void {
  const settings = env();
  if (settings.CLAIMDESK_JOBS === 'off') return;
  startJobRunner({ pollMs: settings.CLAIMDESK_JOB_POLL_MS });
}
