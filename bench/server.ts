// A production server on a bench database for the HTTP benchmarks, signed-in cookies for
// the demo accounts, and the server's memory (its whole process tree) while it works.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { encode } from 'next-auth/jwt';
import { freePort, startServer, stopServer } from '@/e2e/support/server';

export async function benchServer(databasePath: string, env: Record<string, string> = {}, nodeArgs: string[] = []) {
  const secret = randomBytes(32).toString('hex');
  const port = await freePort();
  const child = await startServer({ DATABASE_PATH: databasePath, AUTH_SECRET: secret, ...env }, port, nodeArgs);
  // Every entry point checks the cookie's server-side session record (lib/auth/sessions.ts),
  // so start one in the bench database as signing in would, and name it in the token.
  const cookieFor = async (userId: string) => {
    const previous = process.env.DATABASE_PATH;
    process.env.DATABASE_PATH = databasePath;
    const { closeDb } = await import('@/db');
    const { startSession } = await import('@/lib/auth/sessions');
    const sid = startSession(userId);
    closeDb();
    if (previous === undefined) delete process.env.DATABASE_PATH;
    else process.env.DATABASE_PATH = previous;
    return `authjs.session-token=${await encode({ token: { id: userId, sub: userId, sid }, secret, salt: 'authjs.session-token', maxAge: 86_400 })}`;
  };
  return { baseURL: `http://127.0.0.1:${port}`, pid: child.pid!, cookieFor, stop: () => stopServer(child) };
}

function processTree(rootPid: number): Set<number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) if (tree.has(ppid) && !tree.has(pid)) { tree.add(pid); grew = true; }
  }
  return tree;
}

/** CPU seconds (user + system) a process and its descendants have used so far (Linux /proc). */
export function treeCpuSeconds(rootPid: number): number {
  let ticks = 0;
  for (const pid of processTree(rootPid)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks / 100;
}

/** Resident memory of a process and its descendants, in bytes (Linux /proc). */
export function treeRss(rootPid: number): number {
  let bytes = 0;
  for (const pid of processTree(rootPid)) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) bytes += Number(m[1]) * 1024;
    } catch {
      // gone meanwhile
    }
  }
  return bytes;
}

/** Samples treeRss every 100 ms until stopped; returns the peak. */
export function watchMemory(pid: number) {
  let peak = treeRss(pid);
  const timer = setInterval(() => { peak = Math.max(peak, treeRss(pid)); }, 100);
  return { stop: () => { clearInterval(timer); return Math.max(peak, treeRss(pid)); } };
}
