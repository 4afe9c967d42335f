// Which worker bundles exist and where they are found at run time. Each bundle is one task
// table (a module exporting `tasks`) compiled with everything it imports from this
// project, by scripts/build-workers.ts at build time: Next bundles server code into its own
// chunks, so a worker cannot load a TypeScript source file from the running server.
import path from 'node:path';

export const WORKER_BUNDLES = {
  /** Parsing untrusted documents: HTML pages, Markdown and Word files (lib/import). */
  documents: 'lib/import/document-tasks.ts',
} as const;

export type WorkerBundle = keyof typeof WORKER_BUNDLES;

/** Where the built bundles live, relative to the project root (the server's working directory). */
export const WORKER_DIR = '.workers';

export function workerBundlePath(name: WorkerBundle, root = process.cwd()): string {
  return path.join(root, WORKER_DIR, `${name}.mjs`);
}
