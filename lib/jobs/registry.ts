// What each kind of background job does. Domains define their jobs beside their own code
// (lib/matching/match-article-job.ts) and list them in ./definitions.ts for the runner.
import type { Job } from '@/db/schema';

export interface JobContext {
  job: Job;
  /** The runner's clock when it took the job (tests step it; work that is "due" asks it). */
  now: Date;
  /** Reports how far the job is ("12 of 40 claims"); also tells the runner it is alive. */
  progress(done: number, total: number): void;
}

export interface JobDefinition<P> {
  kind: string;
  /** Checks and types the stored payload; a payload it refuses fails the job at once. */
  parse(payload: unknown): P;
  /** Long work should await between steps (see yieldToServer) so requests keep flowing. */
  run(payload: P, ctx: JobContext): Promise<unknown> | unknown;
  /** Attempts before the job is marked failed (default 5). */
  maxAttempts?: number;
  /** How long one attempt may take before it counts as failed (default 10 minutes). */
  timeoutMs?: number;
  /** Frequent housekeeping (outbox delivery, deadline scan) leaves no row once it succeeded:
   * kept, it would add thousands of rows a day that say nothing. Failures are always kept. */
  forgetWhenDone?: boolean;
  /** Upkeep that may run for minutes (recounting, index merges) runs in its own lane, so
   * an email or a match never waits behind it. */
  lane?: JobLane;
}

export type JobLane = 'prompt' | 'upkeep';
export const JOB_LANES: JobLane[] = ['prompt', 'upkeep'];

const globalForJobs = globalThis as unknown as { claimdeskJobKinds?: Map<string, JobDefinition<unknown>> };
const kinds = (globalForJobs.claimdeskJobKinds ??= new Map());

export function defineJob<P>(definition: JobDefinition<P>): JobDefinition<P> {
  kinds.set(definition.kind, definition as JobDefinition<unknown>);
  return definition;
}

export function jobDefinition(kind: string): JobDefinition<unknown> | undefined {
  return kinds.get(kind);
}

/** The kinds that run in the upkeep lane; every other kind (even an unknown one) is prompt. */
export function upkeepKinds(): string[] {
  return [...kinds.values()].filter((d) => d.lane === 'upkeep').map((d) => d.kind);
}

/** Lets the event loop serve waiting requests between steps of a long job. */
export function yieldToServer(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
