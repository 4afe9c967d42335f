// Counts, for every word of the checked claims, how many claims contain it, into
// checked_words, a slice at a time with pauses between slices so requests keep flowing;
// then schedules its next run. "Checked before?" weighs words by these counts.
import { z } from 'zod';
import { getDb, type Db } from '@/db';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { defineJob, yieldToServer } from '@/lib/jobs/registry';
import { dropWordsCountedBefore, saveWordCounts, vocabularyChunk } from './queries';

export const WORD_STATS_JOB = 'matching.word_stats';
export const WORD_STATS_EVERY_MS = 6 * 3_600_000;
const SLICE = 2_000;

export function enqueueWordStats(db: Db, runAt = new Date()): string | null {
  return enqueueJob(db, { kind: WORD_STATS_JOB, payload: {}, dedupeKey: WORD_STATS_JOB, runAt, maxAttempts: 3 });
}

export const wordStatsJob = defineJob({
  kind: WORD_STATS_JOB,
  parse: (payload) => z.object({}).parse(payload ?? {}),
  lane: 'upkeep',
  timeoutMs: 30 * 60_000,
  async run(_payload, ctx) {
    const db = getDb();
    const started = new Date();
    let after = '';
    let words = 0;
    for (;;) {
      const slice = vocabularyChunk(db, after, SLICE);
      if (slice.length === 0) break;
      db.transaction((tx) => saveWordCounts(tx, slice, started));
      words += slice.length;
      after = slice[slice.length - 1]!.term;
      ctx.progress(words, words + SLICE);
      await yieldToServer();
    }
    const dropped = dropWordsCountedBefore(db, started);
    ctx.progress(words, words);
    enqueueWordStats(db, new Date(Date.now() + WORD_STATS_EVERY_MS));
    return { words, dropped };
  },
});
