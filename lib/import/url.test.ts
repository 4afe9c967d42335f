import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from './errors';
import { isBlockedAddress } from './safe-host';
import { importFromUrl } from './url';

const PAGE = `<!doctype html><html><head><title>Local story</title><meta property="og:site_name" content="Local Ledger">
<meta property="article:published_time" content="2022-03-12"></head><body><header><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
<article><h1>Belarus denies plans to join invasion</h1><p>Belarus has no plans to join the Russian invasion of Ukraine, its Chief of General Staff Viktor Gulevich said on Saturday.</p>
<p>At least 1,582 civilians in Mariupol have been killed, the city council said in an online statement on Friday.</p><script>alert("x")</script></article>
<footer>Footer text</footer></body></html>`;

let server: Server;
let base = '';
const requests: string[] = [];
const hosts: string[] = [];
const open = new Set<import('node:net').Socket>();

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    hosts.push(req.headers.host ?? '');
    const url = req.url ?? '/';
    if (url === '/article') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (url.startsWith('/hop/')) {
      const n = Number(url.slice(5));
      return res.writeHead(n > 0 ? 302 : 301, { location: n > 0 ? `/hop/${n - 1}` : '/article' }).end();
    }
    if (url === '/to-metadata') return res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    if (url === '/plain') return res.writeHead(200, { 'content-type': 'text/plain' }).end('Plain headline\n\nPlain paragraph.');
    if (url === '/pdf') return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
    if (url === '/missing') return res.writeHead(404).end('no');
    if (url === '/slow') return; // never answers
    if (url === '/huge') {
      // No content-length: the cap must hold while the body streams in.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(16 * 1024)}</p>`;
      const pump = () => {
        while (!res.writableEnded && res.write(chunk));
        if (!res.writableEnded) res.once('drain', pump);
      };
      res.on('close', () => res.end());
      return pump();
    }
    res.writeHead(500).end();
  });
  server.on('connection', (socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of open) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function importError(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

const local = { allowPrivateHosts: true };

describe('importFromUrl against a local server', () => {
  it('imports an article page with the final address as its source', async () => {
    const article = await importFromUrl(`${base}/article`, local);
    // The title comes from the page's declared titles (here only <title>), never from an h1 alone (a logo's, often).
    expect(article).toMatchObject({ format: 'url', title: 'Local story', publication: 'Local Ledger', publishedAt: '2022-03-12', sourceUrl: `${base}/article` });
    expect(article.body).toBe(
      'Belarus denies plans to join invasion\n\nBelarus has no plans to join the Russian invasion of Ukraine, its Chief of General Staff Viktor Gulevich said on Saturday.\n\nAt least 1,582 civilians in Mariupol have been killed, the city council said in an online statement on Friday.',
    );
  });

  it('follows up to five redirects, and no more', async () => {
    expect((await importFromUrl(`${base}/hop/4`, local)).sourceUrl).toBe(`${base}/article`);
    const error = await importError(importFromUrl(`${base}/hop/5`, local));
    expect(error.code).toBe('fetch_failed');
    expect(error.message).toMatch(/redirected more than 5 times/);
  });

  it('imports text/plain as text', async () => {
    expect(await importFromUrl(`${base}/plain`, local)).toMatchObject({ body: 'Plain headline\n\nPlain paragraph.', title: 'Plain headline', format: 'url', originalHtml: null });
  });

  it('times out on a page that never answers', async () => {
    const started = Date.now();
    const error = await importError(importFromUrl(`${base}/slow`, { ...local, timeoutMs: 300 }));
    expect(error.code).toBe('timeout');
    expect(error.message).toBe(`The page at 127.0.0.1:${new URL(base).port} took longer than 0.3 seconds to answer.`);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops reading a page over the size cap', async () => {
    const error = await importError(importFromUrl(`${base}/huge`, { ...local, maxBytes: 256 * 1024 }));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/larger than 0\.3 MB|larger than 0\.2 MB/);
  });

  it('refuses what is not a web page, and reports errors', async () => {
    const pdf = await importError(importFromUrl(`${base}/pdf`, local));
    expect(pdf.code).toBe('unsupported_type');
    expect(pdf.message).toMatch(/leads to a PDF/);
    const missing = await importError(importFromUrl(`${base}/missing`, local));
    expect(missing.code).toBe('fetch_failed');
    expect(missing.message).toMatch(/answered with an error \(404 Not Found\)/);
  });
});

describe('importFromUrl refuses private hosts and other schemes', () => {
  it('refuses loopback, localhost, IPv6 loopback and the metadata service before any request', async () => {
    const before = requests.length;
    for (const url of [`${base}/article`, 'http://localhost/', 'http://[::1]/', 'http://169.254.169.254/latest/meta-data/', 'http://[::ffff:127.0.0.1]/', 'http://2130706433/', 'http://10.1.2.3/', 'http://app.localhost:3000/', 'http://[::ffff:7f00:1]/', 'http://0x7f.1/', 'http://[fd00::1]/']) {
      const error = await importError(importFromUrl(url));
      expect(error.code, url).toBe('blocked_host');
    }
    expect(requests.length).toBe(before);
  });

  // The local server stands in for a public web site: the policy treats 127.0.0.1 as public
  // and still refuses every other private address.
  const loopbackIsPublic = (address: string) => address !== '127.0.0.1' && isBlockedAddress(address);

  it('checks every redirect hop, and names a host that resolves to a private address', async () => {
    const lookup = async () => [{ address: '127.0.0.1', family: 4 }];
    const port = new URL(base).port;
    const hop = await importError(importFromUrl(`http://news.example:${port}/to-metadata`, { lookup, isBlocked: loopbackIsPublic }));
    expect(hop.code).toBe('blocked_host');
    expect(hop.message).toMatch(/169\.254\.169\.254/);
    const dns = await importError(importFromUrl('http://intranet.example/', { lookup: async () => [{ address: '93.184.216.34', family: 4 }, { address: '192.168.1.10', family: 4 }] }));
    expect(dns.code).toBe('blocked_host');
    expect(dns.message).toMatch(/intranet\.example points to 192\.168\.1\.10/);
  });

  it('refuses a host with no address at all', async () => {
    const error = await importError(importFromUrl('http://nothing.example/', { lookup: async () => [] }));
    expect(error.code).toBe('blocked_host');
    expect(error.message).toMatch(/nothing\.example has no address/);
  });

  it('resolves a name once per connection and connects to the address it checked (no DNS rebinding)', async () => {
    // A hostile DNS server: a public answer for the check, a private one for any later question.
    const answers: string[] = [];
    const lookup = async () => {
      const address = answers.length === 0 ? '127.0.0.1' : '10.0.0.1';
      answers.push(address);
      return [{ address, family: 4 }];
    };
    const port = new URL(base).port;
    const before = requests.length;
    const article = await importFromUrl(`http://rebind.example:${port}/article`, { lookup, isBlocked: loopbackIsPublic });
    expect(article.title).toBe('Local story');
    expect(answers).toEqual(['127.0.0.1']);
    expect(requests.length).toBe(before + 1);
    expect(hosts.at(-1)).toBe(`rebind.example:${port}`);
  });

  it('refuses javascript:, file: and ftp: addresses', async () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com/a.html', 'data:text/html,<p>x</p>']) {
      expect((await importError(importFromUrl(url))).code, url).toBe('blocked_host');
    }
  });

  it('classifies addresses', () => {
    for (const ip of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '0.1.2.3', '224.0.0.1', '255.255.255.255', '192.0.0.8', '192.0.2.1', '198.18.0.1', '198.51.100.7', '203.0.113.9', '240.0.0.1', '192.31.196.1', '::1', '::', 'fc00::1', 'fd12::1', 'fe80::1', 'fec0::1', 'ff02::1', '::ffff:10.0.0.1', '::ffff:7f00:1', '::ffff:0:7f00:1', '64:ff9b::a9fe:a9fe', '64:ff9b:1::1', '2002:c0a8:0101::1', '2001::1', '2001:db8::1', '100::1', 'fe80::1%eth0', 'not-an-ip']) {
      expect(isBlockedAddress(ip), ip).toBe(true);
    }
    // The whole IPv4-mapped range ::ffff:0:0/96 is refused, public embedded addresses included.
    expect(isBlockedAddress('::ffff:8.8.8.8')).toBe(true);
    for (const ip of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '2a00:1450:4001:80b::200e']) {
      expect(isBlockedAddress(ip), ip).toBe(false);
    }
  });
});
