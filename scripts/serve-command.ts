// How every caller starts the production server (npm start, e2e, stress tests, benches):
// one node process running scripts/serve.ts through tsx's CommonJS hook. `--import tsx`
// also starts a loader thread with a V8 heap of its own for the ES-module hooks, which
// serve.ts (compiled to CommonJS) never uses.
import { join } from 'node:path';

// V8 lets the old generation grow to as much as four times what survived the last full
// collection before it collects again. Each page render's garbage lives long enough (ten
// renders in flight) to be promoted, so under load the server sat at 450-700 MB of mostly
// garbage. Growing by half at most keeps it near 250 MB with the board's share of /login unchanged
// (bench/RESULTS.md). It is a trigger, not a ceiling: a large live heap still grows.
const HEAP_GROWTH = '--heap-growing-percent=50';

/** `nodeArgs` come after the defaults, so a caller's own V8 flag of the same name wins. */
export function serveArgs(nodeArgs: string[] = [], serveFlags: string[] = []): string[] {
  return [HEAP_GROWTH, ...nodeArgs, '--require', 'tsx/cjs', join(process.cwd(), 'scripts/serve.ts'), ...serveFlags];
}
