// Reading jobs: the latest of a kind about a subject, for progress on a page.
import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { jobs, type Job } from '@/db/schema';

export function latestJob({ kind, subject }: { kind: string; subject: string }): Job | null {
  return getDb().select().from(jobs).where(and(eq(jobs.subject, subject), eq(jobs.kind, kind))).orderBy(desc(jobs.createdAt)).limit(1).get() ?? null;
}
