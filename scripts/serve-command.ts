// How every caller starts the production server (npm start, e2e, stress tests, benches):
// one node process running scripts/serve.ts through tsx's CommonJS hook. `--import tsx`
// also starts a loader thread with a V8 heap of its own for the ES-module hooks, which
// serve.ts (compiled to CommonJS) never uses.
import { join } from 'node:path';

export function serveArgs(nodeArgs: string[] = [], serveFlags: string[] = []): string[] {
  return [...nodeArgs, '--require', 'tsx/cjs', join(process.cwd(), 'scripts/serve.ts'), ...serveFlags];
}
