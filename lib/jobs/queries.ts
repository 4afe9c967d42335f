// Reading jobs: one by id, and the latest of a kind about a subject, for progress on a page.
import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { jobs, type Job, type JobStatus } from '@/db/schema';

export interface JobProgress {
  id: string;
  kind: string;
  status: JobStatus;
  done: number;
  total: number;
  attempts: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export function jobProgress(job: Job): JobProgress {
  return {
    id: job.id, kind: job.kind, status: job.status, done: job.progressDone, total: job.progressTotal,
    attempts: job.attempts, error: job.status === 'failed' ? job.error : null,
    createdAt: job.createdAt.toISOString(), finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

export function getJob({ id }: { id: string }): Job | null {
  return getDb().select().from(jobs).where(eq(jobs.id, id)).get() ?? null;
}

export function latestJob({ kind, subject }: { kind: string; subject: string }): Job | null {
  return getDb().select().from(jobs).where(and(eq(jobs.subject, subject), eq(jobs.kind, kind))).orderBy(desc(jobs.createdAt)).limit(1).get() ?? null;
}
