// Bytes to text for files and web pages. A byte-order mark wins; then text that is valid
// UTF-8 is read as UTF-8 (whatever a page declares: long text in another encoding is almost
// never valid UTF-8 by accident, and pages mislabelled "gb2312" or "iso-8859-1" are common);
// then the declared charset; then, when nothing is declared, the encoding chardet detects
// (Shift_JIS, GB18030, Windows-1251…), falling back to Windows-1252, the encoding of most
// text saved by older Windows programs. Nothing is refused for its encoding; when the
// result still looks wrong (mojibake, unreadable characters) the import says so.
import chardet from 'chardet';

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

export interface DecodedText {
  text: string;
  /** The encoding the text was read as (a WHATWG label). */
  encoding: string;
  /** What the journalist should check ("Some characters look garbled…"). */
  warnings: string[];
}

const LATIN1_FAMILY = /^(?:windows-1252|cp1252|iso-8859-1|iso8859-1|latin1|l1|us-ascii|ascii)$/i;
// chardet reads a sample: detection over 5 MB would cost more than it tells.
const DETECTION_SAMPLE = 64 * 1024;

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

function decodeAs(bytes: Uint8Array, label: string): string | null {
  if (LATIN1_FAMILY.test(label)) return decodeWindows1252(bytes);
  return decoderFor(label, false)?.decode(bytes) ?? null;
}

// Multi-byte encodings leave a strong signature; a guess among single-byte code pages on a
// short text is weak, and Windows-1252 is the better default there.
const MULTIBYTE = /^(?:shift_jis|euc-jp|gb18030|gbk|gb2312|big5|euc-kr)$/;

/** The encoding chardet finds most likely, when Node can decode it and the guess is worth taking. */
function detect(bytes: Uint8Array): { label: string; confidence: number } | null {
  for (const match of chardet.analyse(bytes.subarray(0, DETECTION_SAMPLE))) {
    const label = match.name.toLowerCase();
    if (label.startsWith('utf-') || label.startsWith('iso-2022')) continue;
    if (!decoderFor(label, false) && !LATIN1_FAMILY.test(label)) continue;
    if (MULTIBYTE.test(label) ? match.confidence >= 10 : match.confidence >= 50) return { label, confidence: match.confidence };
    return null;
  }
  return null;
}

const SHOWN = (label: string) => label.toUpperCase().replace(/^WINDOWS-/, 'Windows-');

/** Signs that text was decoded with the wrong encoding, as warnings a journalist can act on. */
export function mojibakeWarnings(text: string): string[] {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const warnings: string[] = [];
  // UTF-8 read as Windows-1252: "Ã©" for "é", "â€™" for "’", "Â " for a no-break space.
  const garbled = sample.match(/Ã[\u0080-\u00BF]|â€|Â[\u00A0-\u00BF]/g) ?? [];
  if (garbled.length >= 3) {
    warnings.push(`Some characters look garbled (for example “${garbled[0]}”): the text was probably saved in one encoding and labelled as another. Check the text against the original before checking claims.`);
  }
  const unreadable = (sample.match(/\uFFFD/g) ?? []).length;
  const controls = (sample.match(/[\u0080-\u009F]/g) ?? []).length;
  if (unreadable + controls >= 3) {
    warnings.push(`${(unreadable + controls).toLocaleString('en')} characters could not be read in this text's encoding and show as “�” or nothing. Check the text against the original before checking claims.`);
  }
  return warnings;
}

/** Decodes bytes (see the top of this file for the order), saying what it read them as and what looks wrong. */
export function decodeText(bytes: Uint8Array, declared?: string | null): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = new TextDecoder(bom).decode(bytes);
    return { text, encoding: bom, warnings: mojibakeWarnings(text) };
  }
  const label = declared?.trim().toLowerCase() || null;
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) {
    const warnings = mojibakeWarnings(utf8);
    if (label && !/^utf-?8$/.test(label) && hasHighBytes(bytes)) {
      warnings.unshift(`The text says it is in ${SHOWN(label)} but is written in UTF-8; Claimdesk read it as UTF-8. Check accented and non-Latin letters against the original.`);
    }
    return { text: utf8, encoding: 'utf-8', warnings };
  }
  const named = label && !/^utf-?8$/.test(label) ? decodeAs(bytes, label) : null;
  if (named !== null) return { text: named, encoding: label!, warnings: mojibakeWarnings(named) };
  const guess = detect(bytes);
  const encoding = guess?.label ?? 'windows-1252';
  const text = decodeAs(bytes, encoding) ?? decodeWindows1252(bytes);
  const warnings = mojibakeWarnings(text);
  if (!guess || guess.confidence < 50) {
    warnings.unshift(`The text does not say which encoding it is in, and Claimdesk's best guess (${SHOWN(encoding)}) is uncertain. Check accented and non-Latin letters against the original.`);
  }
  return { text, encoding, warnings };
}
