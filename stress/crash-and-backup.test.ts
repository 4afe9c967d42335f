// The production server killed with SIGKILL in the middle of writes loses no write it
// acknowledged, and the database passes integrity_check; an online backup taken while
// writes go on opens as a working desk with the data in it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopServer } from '@/e2e/support/server';
import { api, ownServer, removeDir, serveOn, type OwnServer } from './support';

/** Adds comments as fast as the server takes them until stopped; returns the ids it acknowledged. */
function writer(baseURL: string, token: string, claimId: string) {
  const acknowledged: string[] = [];
  let stopped = false;
  const call = api(baseURL, token);
  const loops = Array.from({ length: 8 }, async (_, n) => {
    for (let i = 0; !stopped; i++) {
      try {
        const res = await call('POST', `/api/v1/claims/${claimId}/comments`, { body: `writer ${n} comment ${i}` });
        if (res.status === 201) acknowledged.push(res.json.comment.id);
      } catch {
        return; // the server is gone
      }
    }
  });
  return {
    acknowledged,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

describe('crash safety and backups of the production server', () => {
  let server: OwnServer;
  let claimId = '';
  beforeAll(async () => {
    server = await ownServer();
    const created = await api(server.baseURL, server.editorToken)('POST', '/api/v1/articles', { text: 'Water use fell 12% in June, the utility said.' });
    claimId = created.json.claims[0].id;
  });
  afterAll(async () => {
    await stopServer(server.child);
    removeDir(server.dir);
  });

  it('keeps every acknowledged write through a SIGKILL mid-load', async () => {
    const load = writer(server.baseURL, server.editorToken, claimId);
    while (load.acknowledged.length < 150) await new Promise((r) => setTimeout(r, 50));
    server.child.kill('SIGKILL');
    await load.stop();
    if (server.child.exitCode === null && server.child.signalCode === null) await new Promise((r) => server.child.once('exit', r));

    const db = new Database(server.databasePath);
    const integrity = db.pragma('integrity_check', { simple: true });
    const stored = new Set((db.prepare('select id from comments').all() as { id: string }[]).map((r) => r.id));
    db.close();
    const lost = load.acknowledged.filter((id) => !stored.has(id));
    console.log(`[stress] SIGKILL after ${load.acknowledged.length} acknowledged comments: ${lost.length} lost, integrity_check ${integrity}`);
    expect(integrity).toBe('ok');
    expect(lost).toEqual([]);

    // And it starts again on the same file, with the comments there.
    const restarted = await serveOn(server.databasePath, server.secret);
    server.child = restarted.child;
    server.baseURL = restarted.baseURL;
    const claim = await api(server.baseURL, server.editorToken)('GET', `/api/v1/claims/${claimId}`);
    expect(claim.status).toBe(200);
    expect(claim.json.comments.length).toBeGreaterThanOrEqual(load.acknowledged.length);
  });

  it('takes an online backup during writes that starts as a desk with the data in it', async () => {
    const load = writer(server.baseURL, server.editorToken, claimId);
    while (load.acknowledged.length < 50) await new Promise((r) => setTimeout(r, 50));
    const before = [...load.acknowledged];
    const backupPath = join(server.dir, 'backup.db');
    const backup = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/admin.ts', 'backup', '--to', backupPath], {
      env: { ...process.env, DATABASE_PATH: server.databasePath },
      encoding: 'utf8',
      timeout: 120_000,
    });
    await load.stop();
    expect(backup.status, backup.stderr).toBe(0);
    const db = new Database(backupPath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    const fromBackup = await serveOn(backupPath, server.secret);
    try {
      const call = api(fromBackup.baseURL, server.editorToken);
      const articles = await call('GET', '/api/v1/articles');
      expect(articles.status).toBe(200);
      expect(articles.json.articles.length).toBeGreaterThan(0);
      const claim = await call('GET', `/api/v1/claims/${claimId}`);
      const ids = new Set(claim.json.comments.map((c: { id: string }) => c.id));
      expect(before.filter((id) => !ids.has(id))).toEqual([]);
      console.log(`[stress] backup during writes: ${before.length} comments acknowledged before it began, all in the backup (${ids.size} in it)`);
    } finally {
      await stopServer(fromBackup.child);
    }
  });
});
