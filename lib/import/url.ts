// Importing a web page by its address, fetched by the server through guardedFetch: only
// http and https, and every connection (each redirect's too) pinned to an address on the
// public internet; the whole exchange has a deadline and the page a size cap, enforced
// while it streams in.
import { charsetFromContentType, sniffHtmlCharset } from './decode';
import type { FetchedPage } from './document-tasks';
import { ImportError, MAX_IMPORT_BYTES, megabytes } from './errors';
import { readInWorker } from './in-worker';
import { BlockedHostError, guardedFetch, type LookupAll } from '@/lib/net/guarded-fetch';
import type { ImportedArticle } from './types';

export interface UrlImportOptions {
  /** Lets tests reach 127.0.0.1; the app sets it from an environment variable. */
  allowPrivateHosts?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  /** DNS resolution, replaceable in tests. */
  lookup?: LookupAll;
  /** The address policy, replaceable in tests that need a "public" address on loopback. */
  isBlocked?: (address: string) => boolean;
  title?: string;
}

const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);

function webUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ImportError('fetch_failed', `“${value.slice(0, 100)}” is not a web address. Enter a full address, starting with https://`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ImportError('blocked_host', `Claimdesk imports web pages only (addresses starting with http:// or https://); “${url.protocol}” addresses are refused.`);
  }
  if (url.username || url.password) {
    throw new ImportError('blocked_host', 'Web addresses with a user name or password in them cannot be imported.');
  }
  return url;
}

function seconds(ms: number): string {
  const s = Number((ms / 1000).toFixed(1));
  return `${s} second${s === 1 ? '' : 's'}`;
}

function describeType(mime: string): string {
  if (mime === 'application/pdf') return 'a PDF';
  if (mime.startsWith('image/')) return 'an image';
  if (mime.startsWith('video/') || mime.startsWith('audio/')) return 'a video or audio file';
  if (mime.includes('json')) return 'JSON data';
  return `a file of type ${mime}`;
}

/** Rejects when the signal aborts: DNS look-ups cannot be cancelled, but we need not wait for them. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

type FetchedResponse = Awaited<ReturnType<typeof guardedFetch>>;

async function readCapped(response: FetchedResponse, maxBytes: number, host: string): Promise<Uint8Array> {
  const tooLarge = () => new ImportError('too_large', `The page at ${host} is larger than ${megabytes(maxBytes)}; Claimdesk stops reading there.`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

async function fetchFollowingRedirects(start: URL, options: UrlImportOptions, signal: AbortSignal): Promise<{ response: FetchedResponse; url: URL }> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const response = await untilAborted(guardedFetch(url, {
      allowPrivateHosts: options.allowPrivateHosts,
      lookup: options.lookup,
      isBlocked: options.isBlocked,
      redirect: 'manual',
      signal,
      headers: { 'user-agent': 'Claimdesk/0.1 (article import)', accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8' },
    }), signal);
    if (!REDIRECTS.has(response.status)) return { response, url };
    await response.body?.cancel().catch(() => {});
    const location = response.headers.get('location');
    if (!location) throw new ImportError('fetch_failed', `The page at ${url.host} redirected without saying where to.`);
    if (hop >= MAX_REDIRECTS) throw new ImportError('fetch_failed', `The page at ${start.host} redirected more than ${MAX_REDIRECTS} times; Claimdesk gave up.`);
    url = webUrl(new URL(location, url).href);
  }
}

function networkError(error: unknown, host: string): ImportError {
  const code = (error as { cause?: { code?: string }; code?: string })?.cause?.code ?? (error as { code?: string })?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new ImportError('fetch_failed', `No web site was found at ${host}. Check the address.`, { cause: error });
  if (code === 'ECONNREFUSED') return new ImportError('fetch_failed', `${host} refused the connection.`, { cause: error });
  return new ImportError('fetch_failed', `Claimdesk could not load the page at ${host}.`, { cause: error });
}

export async function importFromUrl(address: string, options: UrlImportOptions = {}): Promise<ImportedArticle> {
  const start = webUrl(address);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('timeout')), timeoutMs);
  let page: FetchedPage;
  try {
    const { response, url } = await fetchFollowingRedirects(start, options, controller.signal);
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new ImportError('fetch_failed', `The page at ${url.host} answered with an error (${status}).`);
    }
    const contentType = response.headers.get('content-type');
    const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (!HTML_TYPES.has(mime) && mime !== 'text/plain') {
      await response.body?.cancel().catch(() => {});
      throw new ImportError('unsupported_type', `The address leads to ${describeType(mime)}, not a web page. Claimdesk can import web pages, or .txt, .md, .html and .docx files.`);
    }
    const bytes = await readCapped(response, maxBytes, url.host);
    const declared = charsetFromContentType(contentType) ?? (mime === 'text/plain' ? null : sniffHtmlCharset(bytes));
    page = { bytes, declaredCharset: declared, kind: mime === 'text/plain' ? 'text' : 'html', url: url.href, title: options.title };
  } catch (error) {
    if (controller.signal.aborted) {
      throw new ImportError('timeout', `The page at ${start.host} took longer than ${seconds(timeoutMs)} to answer.`, { cause: error });
    }
    if (error instanceof ImportError) throw error;
    if (error instanceof BlockedHostError) throw new ImportError('blocked_host', `Claimdesk will not fetch ${error.host}: ${error.reason}.`, { cause: error });
    throw networkError(error, start.host);
  } finally {
    clearTimeout(timer);
  }
  // Decoding and parsing a stranger's page runs on the document workers, bounded in time
  // and size there; the network's deadline above is over once the bytes are in.
  return readInWorker('page', page, `The page at ${new URL(page.url).host}`);
}
