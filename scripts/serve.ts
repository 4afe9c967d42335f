// The production HTTP server: Next.js behind a thin layer that knows the socket. It sets
// the client's address from the socket (or from TRUST_PROXY's proxies), drops forwarding
// headers nobody trusted, and refuses bodies over the largest any route accepts before
// Next reads a byte. `npm start`, e2e and the stress tests all serve through it.
import { createServer, type ServerResponse } from 'node:http';
import next from 'next';
import { env } from '@/lib/env';
import { Admission, takesATurn } from '@/lib/http/admission';
import { checkDeclaredLength } from '@/lib/http/body-limit';
import { markServedByClaimdesk, stampClientAddress, trustFrom } from '@/lib/net/client-address';

(process.env as Record<string, string>).NODE_ENV ??= 'production';
process.env.NEXT_TELEMETRY_DISABLED = '1';

/** An answer given before Next sees the request, in the API's error shape. */
function refuse(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify({ error: { code, message } }));
}

async function main() {
  // tsx switches on Node's source maps for every module loaded after it, so each of Next's
  // server chunks had its map read and kept: 130 MB of a resting server. `next start` runs
  // without them; --enable-source-maps still turns them on for debugging.
  if (!process.execArgv.includes('--enable-source-maps') && !process.env.NODE_OPTIONS?.includes('--enable-source-maps')) {
    process.setSourceMapsEnabled(false);
  }
  const settings = env();
  // `--host 127.0.0.1` binds one interface (tests); by default every interface, as `next start`.
  const hostIndex = process.argv.indexOf('--host');
  const hostname = hostIndex > 0 ? process.argv[hostIndex + 1] : undefined;
  const port = settings.PORT;
  const trust = trustFrom(settings.TRUST_PROXY);
  markServedByClaimdesk();
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const reads = new Admission({ concurrent: settings.CLAIMDESK_CONCURRENT_READS, waiting: 1_000, holdMs: 30_000 });
  const server = createServer((req, res) => {
    stampClientAddress(req, trust);
    const refusal = checkDeclaredLength(req.headers['content-length']);
    if (refusal) {
      // Answer at once. The connection is not closed under the client: closing a socket
      // with unread data resets it, and the client would lose the answer. What it still
      // sends is discarded unread (never held), for 30 s at most.
      refuse(res, 413, 'too_large', refusal);
      req.resume();
      const cut = setTimeout(() => req.socket.destroy(), 30_000).unref();
      req.once('end', () => clearTimeout(cut));
      return;
    }
    if (!takesATurn(req.method, (req.url ?? '/').split('?')[0]!)) {
      void handle(req, res);
      return;
    }
    const admitted = reads.enter((release) => {
      res.once('close', release);
      // A client that left while waiting gets nothing rendered.
      if (req.socket.destroyed) return release();
      void handle(req, res);
    });
    if (!admitted) {
      refuse(res, 503, 'busy', 'The server is busy; try again in a moment.', { 'retry-after': '1' });
    }
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  console.log(`[claimdesk] Serving on http://${hostname ?? 'localhost'}:${port}`);
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error('[claimdesk] Could not serve:', error);
  process.exit(1);
});
