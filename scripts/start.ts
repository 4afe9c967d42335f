// `npm start`: database and migrations, demo data on first run, a build when needed,
// then the production server on PORT. A second start reuses everything.
import { spawn } from 'node:child_process';
import { databasePath } from '@/db';
import { runMigrations } from '@/db/migrate';
import { authSecret } from '@/lib/auth/secret';
import { env } from '@/lib/env';
import { buildIfNeeded } from './build-if-needed';
import { serveArgs } from './serve-command';
import { DEMO_ACCOUNTS, seedDemoAccounts, seedSampleArticle } from './seed';

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const started = Date.now();
  runMigrations();
  console.log(`[claimdesk] Database ready at ${databasePath()}`);
  const created = await seedDemoAccounts();
  if (created.length > 0) {
    console.log('[claimdesk] Demo accounts created (shown once; also in the README):');
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(8)} ${a.email}  password: ${a.password}`);
  }
  const articleId = await seedSampleArticle();
  if (articleId) console.log('[claimdesk] Imported the sample article.');
  buildIfNeeded();
  const port = String(env().PORT);
  // Served through scripts/serve.ts, which knows the socket (client address, TRUST_PROXY).
  const server = spawn(process.execPath, serveArgs(), {
    stdio: 'inherit',
    env: { ...process.env, AUTH_SECRET: authSecret(), PORT: port },
  });
  console.log(`[claimdesk] Ready in ${Math.round((Date.now() - started) / 1000)} s: http://localhost:${port}`);
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error('[claimdesk] Could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
