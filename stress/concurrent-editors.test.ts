// 50 API clients edit claims for 30 s, half on one claim and half spread over ten:
// no 5xx, every refusal a 409, no lost update (each accepted change has its own version,
// the final state is the last accepted one), and one audit event per accepted change.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, ownServer, percentile, removeDir, type OwnServer } from './support';
import { stopServer } from '@/e2e/support/server';

const CLIENTS = 50;
const SECONDS = Number(process.env.STRESS_SECONDS ?? 30);
const ARTICLE = Array.from({ length: 12 }, (_, i) => `The council said ${i + 3},${100 + i} homes in district ${i + 1} lost power on Monday.`).join('\n\n');

interface Accepted { claimId: string; version: number; statement: string }

describe('concurrent editors', () => {
  let server: OwnServer;
  beforeAll(async () => {
    server = await ownServer();
  });
  afterAll(async () => {
    await stopServer(server.child);
    removeDir(server.dir);
  });

  it(`${CLIENTS} clients × ${SECONDS} s: 0 5xx, 0 lost updates, every refusal a 409, audit events = accepted changes`, async () => {
    const call = api(server.baseURL, server.editorToken);
    const created = await call('POST', '/api/v1/articles', { text: `Power cuts across the city\n\n${ARTICLE}` });
    expect(created.status).toBe(201);
    const claimIds: string[] = created.json.claims.map((c: { id: string }) => c.id).slice(0, 10);
    expect(claimIds.length).toBe(10);
    const startVersions = new Map<string, number>(created.json.claims.map((c: { id: string; version: number }) => [c.id, c.version]));

    const accepted: Accepted[] = [];
    const statuses = new Map<number, number>();
    const latencies: number[] = [];
    const deadline = Date.now() + SECONDS * 1000;
    let requests = 0;

    async function client(n: number): Promise<void> {
      let seq = 0;
      while (Date.now() < deadline) {
        const claimId = n < CLIENTS / 2 ? claimIds[0]! : claimIds[1 + ((n + seq) % 9)]!;
        const read = await call('GET', `/api/v1/claims/${claimId}`);
        requests += 1;
        statuses.set(read.status, (statuses.get(read.status) ?? 0) + 1);
        if (read.status !== 200) continue;
        const statement = `client ${n} change ${seq++}`;
        const started = performance.now();
        const res = await call('PATCH', `/api/v1/claims/${claimId}`, { version: read.json.claim.version, statement });
        latencies.push(performance.now() - started);
        requests += 1;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 200) accepted.push({ claimId, version: res.json.claim.version, statement });
      }
    }
    const began = Date.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
    const elapsed = (Date.now() - began) / 1000;

    const serverErrors = [...statuses].filter(([s]) => s >= 500).reduce((sum, [, c]) => sum + c, 0);
    const refusals = [...statuses].filter(([s]) => s !== 200);
    const conflicts = statuses.get(409) ?? 0;
    console.log(
      `[stress] ${CLIENTS} clients, ${elapsed.toFixed(1)} s: ${requests} requests (${Math.round(requests / elapsed)}/s), ` +
        `${accepted.length} changes accepted, ${conflicts} refused with 409, ${serverErrors} 5xx; PATCH p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms`,
    );
    expect(serverErrors).toBe(0);
    expect(refusals.filter(([s]) => s !== 409)).toEqual([]);
    expect(accepted.length).toBeGreaterThan(0);
    expect(conflicts).toBeGreaterThan(0); // the same-claim half must have collided

    const db = new Database(server.databasePath, { readonly: true });
    try {
      for (const claimId of claimIds) {
        const mine = accepted.filter((a) => a.claimId === claimId).sort((a, b) => a.version - b.version);
        const start = startVersions.get(claimId)!;
        // Each accepted change produced its own next version: none was written over unseen.
        expect(mine.map((a) => a.version)).toEqual(mine.map((_, i) => start + i + 1));
        const row = db.prepare('select version, statement from claims where id = ?').get(claimId) as { version: number; statement: string };
        expect(row.version).toBe(start + mine.length);
        if (mine.length) expect(row.statement).toBe(mine.at(-1)!.statement);
      }
      const placeholders = claimIds.map(() => '?').join(',');
      const events = db
        .prepare(`select count(*) as n from audit_events where entity_type = 'claim' and action = 'claim.updated' and entity_id in (${placeholders})`)
        .get(...claimIds) as { n: number };
      expect(events.n).toBe(accepted.length);
    } finally {
      db.close();
    }
  });
});
