// Compiles worker bundles with esbuild: the task table and this project's code it imports
// in one ES module, packages left to load from node_modules. Used by scripts/build-workers.ts,
// the test set-up and tsx scripts; never imported by the server itself.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { WORKER_BUNDLES, workerBundlePath, type WorkerBundle } from './bundles';

/** Builds one bundle from a module that exports `tasks`, writing `outfile` atomically. */
export function buildWorkerBundle(entry: string, outfile: string, root = process.cwd()): void {
  const serve = path.join(root, 'lib/workers/serve.ts');
  const temp = `${outfile}.${process.pid}.${Date.now()}.tmp`;
  mkdirSync(path.dirname(outfile), { recursive: true });
  buildSync({
    stdin: {
      contents: `import { tasks } from ${JSON.stringify(path.resolve(root, entry))};\nimport { serveTasks } from ${JSON.stringify(serve)};\nserveTasks(tasks);\n`,
      resolveDir: root,
      loader: 'ts',
      sourcefile: `worker:${path.basename(entry)}`,
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.json'),
    outfile: temp,
    logLevel: 'warning',
  });
  // Several test processes may build at once: each writes its own file and renames it in.
  renameSync(temp, outfile);
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(tsx?|json)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds every bundle that is missing or older than any source under lib/. */
export function buildWorkers({ root = process.cwd(), force = false } = {}): WorkerBundle[] {
  const sources = Math.max(newestSource(path.join(root, 'lib')), statSync(path.join(root, 'package-lock.json')).mtimeMs);
  const built: WorkerBundle[] = [];
  for (const name of Object.keys(WORKER_BUNDLES) as WorkerBundle[]) {
    const out = workerBundlePath(name, root);
    if (!force && existsSync(out) && statSync(out).mtimeMs >= sources) continue;
    buildWorkerBundle(WORKER_BUNDLES[name], out, root);
    built.push(name);
  }
  return built;
}
