// Markdown files to canonical text: the words stay, the syntax goes. Headings become their
// own paragraphs, links keep their text, images are dropped, list items become lines and
// fenced code is kept as it is. No HTML is produced, so nothing here needs sanitising.
import { canonicalText, describeSource, finishArticle, firstLineTitle } from './canonical';
import type { ImportedArticle, TextImportOptions } from './types';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BULLET = /^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/;
const ORDERED = /^[ \t]*(\d{1,9})[.)][ \t]+/;
const QUOTE = /^ {0,3}>[ \t]?/;
const REFERENCE = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;

/** Inline Markdown to its text: code spans kept verbatim, links to their text, emphasis unmarked. */
export function inlineMarkdown(line: string): string {
  // Code spans first, so that nothing inside them is read as emphasis or links.
  const parts = line.split(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/);
  let out = '';
  for (let i = 0; i < parts.length; i += 3) {
    out += inlineOutsideCode(parts[i]!);
    if (i + 2 < parts.length) out += parts[i + 2]!.trim() || parts[i + 2]!;
  }
  return out;
}

function inlineOutsideCode(text: string): string {
  const escapes: string[] = [];
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, (_, ch: string) => `\u0000${escapes.push(ch) - 1}\u0000`)
    .replace(/!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=[^\s_])([^_]*?[^\s_])_(?![\w])/g, '$1$2')
    .replace(/\u0000(\d+)\u0000/g, (_, n: string) => escapes[Number(n)]!);
}

interface Parsed {
  text: string;
  headings: { level: number; text: string }[];
}

function stripFrontMatter(lines: string[]): { lines: string[]; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  if (lines[0]?.trim() !== '---') return { lines, fields };
  const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
  if (end < 0) return { lines, fields };
  for (const l of lines.slice(1, end)) {
    const m = /^(\w[\w-]*):\s*["']?(.*?)["']?\s*$/.exec(l);
    if (m && m[2]) fields[m[1]!.toLowerCase()] = m[2];
  }
  return { lines: lines.slice(end + 1), fields };
}

function parse(lines: string[]): Parsed {
  const out: string[] = [];
  const headings: Parsed['headings'] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push('', paragraph.join('\n'), '');
    paragraph = [];
  };
  const addLine = (text: string, join: boolean) => {
    const clean = inlineMarkdown(text.trim());
    // A soft-wrapped line continues its paragraph; two trailing spaces or a backslash break it.
    const last = paragraph.length - 1;
    if (join && last >= 0 && !/(?: {2,}|\\)$/.test(paragraph[last]!)) paragraph[last] = `${paragraph[last]} ${clean}`;
    else paragraph.push(clean);
    paragraph[paragraph.length - 1] = paragraph[paragraph.length - 1]!.replace(/\\$/, '');
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const close = new RegExp(`^ {0,3}${fence[1]![0]}{${fence[1]!.length},}[ \\t]*$`);
      const code: string[] = [];
      for (i++; i < lines.length && !close.test(lines[i]!); i++) code.push(lines[i]!);
      out.push('', code.join('\n'), '');
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      const text = inlineMarkdown((atx[2] ?? '').trim());
      if (text) headings.push({ level: atx[1]!.length, text });
      out.push('', text, '');
      continue;
    }
    const setext = SETEXT.exec(line);
    if (setext && paragraph.length === 1 && !lines[i - 1]!.match(BULLET)) {
      const text = paragraph[0]!;
      paragraph = [];
      headings.push({ level: setext[1]!.startsWith('=') ? 1 : 2, text });
      out.push('', text, '');
      continue;
    }
    if (!line.trim() || RULE.test(line)) {
      flush();
      continue;
    }
    if (REFERENCE.test(line) || TABLE_RULE.test(line)) continue;
    if (QUOTE.test(line)) {
      const quoted = line.replace(/^(?: {0,3}>[ \t]?)+/, '');
      if (quoted.trim()) addLine(quoted, true);
      else flush();
      continue;
    }
    const ordered = ORDERED.exec(line);
    if (BULLET.test(line)) addLine(line.replace(BULLET, ''), false);
    else if (ordered) addLine(`${ordered[1]}. ${line.replace(ORDERED, '')}`, false);
    else if (line.includes('|') && /^\s*\|.*\|\s*$/.test(line)) addLine(line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).join('\t'), false);
    else addLine(line, paragraph.length > 0 && !BULLET.test(lines[i - 1] ?? '') && !ORDERED.test(lines[i - 1] ?? ''));
  }
  flush();
  return { text: out.join('\n'), headings };
}

export function importMarkdown(markdown: string, options: TextImportOptions = {}): ImportedArticle {
  const { lines, fields } = stripFrontMatter(canonicalText(markdown, { keepIndent: true }).split('\n'));
  const { text, headings } = parse(lines);
  const body = canonicalText(text);
  const h1 = headings.find((h) => h.level === 1)?.text;
  return finishArticle(
    {
      title: options.title?.trim() ? options.title : (h1 ?? fields.title ?? firstLineTitle(body)),
      dek: fields.description ?? fields.subtitle ?? null,
      byline: fields.author ?? null,
      publication: null,
      publishedAt: fields.date && /^\d{4}-\d{2}-\d{2}/.test(fields.date) ? fields.date : null,
      sourceUrl: null,
      body,
      format: 'markdown',
      fileName: options.fileName ?? null,
      originalHtml: null,
    },
    describeSource(options.fileName, 'The Markdown text'),
  );
}
