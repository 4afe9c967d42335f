// Builds the production app when there is no build, or when any source is newer than it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildWorkers } from '../lib/workers/build';

const SOURCES = ['app', 'lib', 'db', 'drizzle', 'instrumentation.ts', 'auth.ts', 'auth.config.ts', 'auth-handlers.ts', 'proxy.ts', 'next.config.js', 'postcss.config.mjs', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function buildIsStale(root = process.cwd()): boolean {
  const buildId = join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(root, s)) > built);
}

export function buildIfNeeded(root = process.cwd()): void {
  // The worker bundles (lib/workers) are built beside Next's build; each is rebuilt when stale.
  buildWorkers({ root });
  if (!buildIsStale(root)) return;
  console.log('[claimdesk] Building the production app (about 2 minutes on 2 cores)…');
  execFileSync(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}
