// How many reads the server renders at once. Node renders on one thread: ten pages begun
// together finish no sooner than ten begun one after another, but all ten hold their data
// and half-built HTML the whole time, long enough for the garbage to outlive the young
// generation and pile up in the old one (the server grew to 750 MB under ten concurrent
// 500-claim boards). Reads past the limit wait their turn in arrival order; a queue past
// its own limit is refused with 503 at once rather than held.

export interface AdmissionLimits {
  /** Reads rendered at the same time. */
  concurrent: number;
  /** Reads waiting for a turn; one more is refused. */
  waiting: number;
  /** A read holds its turn at most this long (a client that stops reading cannot hold it). */
  holdMs: number;
}

export type Release = () => void;

export class Admission {
  private running = 0;
  private readonly queue: ((release: Release) => void)[] = [];

  constructor(private readonly limits: AdmissionLimits) {}

  /** Runs `start` now or when a turn frees; false when the queue is full (nothing is run). */
  enter(start: (release: Release) => void): boolean {
    if (this.running < this.limits.concurrent) {
      this.begin(start);
      return true;
    }
    if (this.queue.length >= this.limits.waiting) return false;
    this.queue.push(start);
    return true;
  }

  get stats() {
    return { running: this.running, waiting: this.queue.length };
  }

  private begin(start: (release: Release) => void): void {
    this.running++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      clearTimeout(timer);
      this.running--;
      const next = this.queue.shift();
      if (next) this.begin(next);
    };
    const timer = setTimeout(release, this.limits.holdMs);
    timer.unref?.();
    start(release);
  }
}

/**
 * Which requests take a turn: reads (GET, HEAD) that are not live event streams or the
 * build's static files. A stream stays open for hours and does its work as events come; a
 * script or stylesheet is a file sent from disk, which a page waiting on it should not queue
 * behind other pages' renders; a write is short and carries a body a slow client could take
 * its time sending.
 */
export function takesATurn(method: string | undefined, pathname: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (pathname.startsWith('/_next/static/')) return false;
  return !/^\/api\/v1\/(?:articles\/[^/]+|me)\/events\/?$/.test(pathname);
}
