// Bytes to text for files and web pages. UTF-8 first, strictly; when that fails the bytes
// are read as Windows-1252, the encoding of most text saved by older Windows programs
// (Notepad, Word's "Plain text"), rather than refusing a journalist's file. Every byte is
// valid Windows-1252, so nothing is refused for its encoding; what would have been
// garbage is at worst readable mojibake the journalist will see at once.

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function bomEncoding(bytes: Uint8Array): string | null {
  for (const [bom, label] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return label;
  return null;
}

/** The charset a page declares in its first 1024 bytes (`<meta charset>` or http-equiv). */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const lower = head.toLowerCase();
  // Tag by tag rather than one pattern over the whole head, which backtracks badly on
  // a run of unclosed "<meta" (each tag is then read with the linear content-type pattern).
  for (let at = lower.indexOf('<meta'); at >= 0; at = lower.indexOf('<meta', at + 5)) {
    const close = lower.indexOf('>', at);
    const charset = charsetFromContentType(head.slice(at + 5, close < 0 ? undefined : close));
    if (charset) return charset;
  }
  return null;
}

export function charsetFromContentType(contentType: string | null): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

// Windows-1252's 0x80–0x9F (0 where the code page has no character). Spelt out because
// Node's TextDecoder('windows-1252') decodes these bytes as ISO-8859-1 control characters,
// which would turn curly quotes and dashes into nothing.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || 0xfffd : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

function decoderFor(label: string, fatal: boolean): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null; // An unknown or unsupported label: fall back to the default.
  }
}

/** Decodes bytes: a BOM wins, then a declared charset, then strict UTF-8, then Windows-1252. */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const label = declared && !/^utf-?8$/i.test(declared) ? declared : null;
  // Browsers read pages labelled latin1 or ascii as Windows-1252 too.
  if (label && /^(?:windows-1252|cp1252|iso-8859-1|latin1|l1|us-ascii|ascii)$/.test(label)) return decodeWindows1252(bytes);
  const named = label ? decoderFor(label, false) : null;
  if (named) return named.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
