// The documents that froze the server (issue 9, defect 1), and a loopback page server for
// importing them by URL. Shared by the e2e behaviour test and the stress timing test.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const nestedDivs = (levels: number) => `${'<div>'.repeat(levels)}<p>x</p>${'</div>'.repeat(levels)}`;

/** 44 KB: took 8 s and blocked every other request. */
export const NESTED_4000 = nestedDivs(4_000);
/** Ran for minutes and overflowed the stack. */
export const NESTED_20000 = nestedDivs(20_000);
/** One 160 KB Markdown line: a backtracking pattern took 7 s on it. */
export const STRIKE_LINE = '~~a '.repeat(40_000);

export async function servePages(pages: Record<string, string>): Promise<{ base: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    if (body === undefined) return res.writeHead(404, { connection: 'close' }).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', connection: 'close' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function markdownUpload(text: string, name = 'line.md'): FormData {
  const form = new FormData();
  form.set('file', new File([text], name, { type: 'text/markdown' }));
  return form;
}
