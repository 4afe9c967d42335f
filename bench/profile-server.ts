// A CPU profile of the production server while autocannon hits one target: the server runs
// under `node --cpu-prof` and the profile's top frames (self and inclusive time) are printed.
//   npx tsx --conditions=react-server bench/profile-server.ts --db FILE --path /articles [--as editor|reviewer|token] [--seconds 10] [--method PATCH --body JSON]
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { encode } from 'next-auth/jwt';
import { freePort } from '@/e2e/support/server';
import { serveArgs } from '@/scripts/serve-command';
import { monotonicMicros, type Profile, summarise } from './cpu-profile';

const { values } = parseArgs({ options: { db: { type: 'string' }, path: { type: 'string' }, as: { type: 'string', default: 'editor' }, seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, top: { type: 'string', default: '30' } } });
if (!values.db || !values.path) throw new Error('--db FILE --path /x');
const info = JSON.parse(readFileSync(`${values.db}.json`, 'utf8')) as { demoReviewerId: string; demoEditorId: string };

async function main() {
  const secret = randomBytes(32).toString('hex');
  process.env.DATABASE_PATH = values.db;
  const { closeDb } = await import('@/db');
  const { startSession } = await import('@/lib/auth/sessions');
  const { createApiToken } = await import('@/lib/auth/api-tokens');
  const userId = values.as === 'reviewer' ? info.demoReviewerId : info.demoEditorId;
  const headers: Record<string, string> = {};
  if (values.as === 'token') headers.authorization = `Bearer ${createApiToken('editor@claimdesk.test', `profile ${Date.now()}`).token}`;
  else headers.cookie = `authjs.session-token=${await encode({ token: { id: userId, sub: userId, sid: startSession(userId) }, secret, salt: 'authjs.session-token', maxAge: 86_400 })}`;
  closeDb();
  const dir = mkdtempSync(join(tmpdir(), 'cpuprof-'));
  const port = await freePort();
  const child = spawn(process.execPath, serveArgs(['--cpu-prof', `--cpu-prof-dir=${dir}`], ['--host', '127.0.0.1']), {
    env: { ...process.env, AUTH_SECRET: secret, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try { if ((await fetch(`${base}/login`)).ok) break; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  const url = base + values.path;
  const probe = await fetch(url, { headers, redirect: 'manual' });
  console.log(`${values.path}: ${probe.status}, ${((await probe.arrayBuffer()).byteLength / 1024).toFixed(1)} KB`);
  await autocannon({ url, headers, connections: Number(values.connections), duration: 2 }); // warm-up
  const from = monotonicMicros();
  const r = await autocannon({ url, headers, connections: Number(values.connections), duration: Number(values.seconds) });
  const window = { from, to: monotonicMicros() };
  console.log(`${r.requests.average} req/s, p50 ${r.latency.p50} ms, errors ${r.errors + r.non2xx}`);
  const exited = new Promise((res) => child.once('exit', res));
  child.kill('SIGTERM');
  await exited;
  for (const f of readdirSync(dir)) {
    console.log(`\n== ${f}`);
    // Only the measured seconds: start-up, module loading and the warm-up are left out.
    summarise(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Profile, Number(values.top), window);
  }
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
