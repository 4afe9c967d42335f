// Starts the production build on a throwaway database and stops it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { serveArgs } from '../../scripts/serve-command';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startServer(env: Record<string, string>, port: number, nodeArgs: string[] = []): Promise<ChildProcess> {
  // The production server as `npm start` runs it (scripts/serve.ts in front of Next.js),
  // started as one node process (not npx) so that killing this PID stops the server.
  const child = spawn(process.execPath, serveArgs(nodeArgs, ['--host', '127.0.0.1']), {
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server (scripts/serve.ts) exited early:\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/login`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the server (scripts/serve.ts) did not answer within 60 s:\n${output}`);
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
