import { describe, expect, it, vi } from 'vitest';
import { Admission, takesATurn, type Release } from './admission';

describe('Admission', () => {
  it('runs up to the limit at once and the rest in arrival order as turns free', () => {
    const admission = new Admission({ concurrent: 2, waiting: 10, holdMs: 60_000 });
    const started: string[] = [];
    const releases = new Map<string, Release>();
    for (const name of ['a', 'b', 'c', 'd']) {
      expect(admission.enter((release) => { started.push(name); releases.set(name, release); })).toBe(true);
    }
    expect(started).toEqual(['a', 'b']);
    expect(admission.stats).toEqual({ running: 2, waiting: 2 });
    releases.get('b')!();
    expect(started).toEqual(['a', 'b', 'c']);
    // Releasing twice frees one turn, not two.
    releases.get('b')!();
    expect(started).toEqual(['a', 'b', 'c']);
    releases.get('a')!();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    expect(admission.stats).toEqual({ running: 2, waiting: 0 });
  });

  it('refuses at once when the queue is full, and runs nothing for the refused', () => {
    const admission = new Admission({ concurrent: 1, waiting: 1, holdMs: 60_000 });
    const start = vi.fn();
    expect(admission.enter(start)).toBe(true);
    expect(admission.enter(start)).toBe(true);
    expect(admission.enter(start)).toBe(false);
    expect(start).toHaveBeenCalledTimes(1);
    expect(admission.stats).toEqual({ running: 1, waiting: 1 });
  });

  it('takes a turn back from a read that holds it too long', () => {
    vi.useFakeTimers();
    try {
      const admission = new Admission({ concurrent: 1, waiting: 5, holdMs: 1_000 });
      const started: string[] = [];
      admission.enter(() => started.push('stuck'));
      admission.enter(() => started.push('next'));
      vi.advanceTimersByTime(999);
      expect(started).toEqual(['stuck']);
      vi.advanceTimersByTime(1);
      expect(started).toEqual(['stuck', 'next']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('takesATurn', () => {
  it('counts page and API reads, not writes, live event streams or the build\'s static files', () => {
    expect(takesATurn('GET', '/articles')).toBe(true);
    expect(takesATurn('HEAD', '/api/v1/articles/abc')).toBe(true);
    expect(takesATurn('POST', '/api/v1/articles')).toBe(false);
    expect(takesATurn('PATCH', '/api/v1/claims/abc')).toBe(false);
    expect(takesATurn('GET', '/api/v1/articles/abc/events')).toBe(false);
    expect(takesATurn('GET', '/api/v1/me/events')).toBe(false);
    expect(takesATurn('GET', '/_next/static/chunks/app.js')).toBe(false);
    expect(takesATurn('GET', '/_next/image')).toBe(true);
    // Only the stream routes themselves.
    expect(takesATurn('GET', '/api/v1/articles/abc/events/export')).toBe(true);
  });
});
