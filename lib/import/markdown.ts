// Markdown files to canonical text: the words stay, the syntax goes. markdown-it (CommonMark
// with GitHub's tables and strikethrough) reads the file; its tokens become text blocks:
// headings and paragraphs their own blocks, a tight list one block with a line per item,
// table rows as lines of tab-separated cells, fenced code as it is. Link targets are kept
// (see links.ts); images are dropped. Raw HTML is not interpreted, so nothing here needs
// sanitising. markdown-it's parser is linear on CommonMark's pathological inputs, unlike the
// hand-written patterns it replaced (a 160 KB line of "~~a " took 7 s).
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { canonicalText, describeSource, finishArticle, firstLineTitle } from './canonical';
import { LinkCollector, webLink, withoutMarkers } from './links';
import type { ImportedArticle, TextImportOptions } from './types';

// maxNesting bounds how deep lists and quotes may nest before the rest is read as text.
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
// Deeper lists and quotes than this are read as text: the nesting markdown-it allows is bounded work.
(markdown.options as { maxNesting?: number }).maxNesting = 20;

interface Block {
  tag: string;
  text: string;
}

/** The text of an inline token's children, with link markers around link text. */
function inlineText(children: Token[] | null, links: LinkCollector): string {
  let out = '';
  // Whether each open link got markers (only http and https targets do).
  const marked: boolean[] = [];
  for (const token of children ?? []) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        out += token.content;
        break;
      case 'softbreak':
        out += ' ';
        break;
      case 'hardbreak':
        out += '\n';
        break;
      case 'link_open': {
        const url = webLink(token.attrGet('href'));
        marked.push(url !== null);
        if (url) out += links.open(url);
        break;
      }
      case 'link_close':
        if (marked.pop()) out += links.close();
        break;
      default:
        // Emphasis and strikethrough markers go; images (and their alt text) are not article text.
        break;
    }
  }
  return out;
}

/** Blocks of text from markdown-it's block tokens. */
function toBlocks(tokens: Token[], links: LinkCollector): Block[] {
  const blocks: Block[] = [];
  let listLines: string[] | null = null;
  let listDepth = 0;
  let row: string[] | null = null;
  let itemPrefix = '';
  let hiddenParagraph = false;
  let heading: string | null = null;
  const push = (tag: string, text: string) => {
    if (withoutMarkers(text).trim()) blocks.push({ tag, text });
  };
  const flushList = () => {
    if (listLines?.length) push('li', listLines.join('\n'));
    listLines = null;
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (listDepth++ === 0) listLines = [];
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        if (--listDepth === 0) flushList();
        break;
      case 'list_item_open':
        itemPrefix = token.markup === '.' || token.markup === ')' ? `${token.info}. ` : '';
        break;
      case 'paragraph_open':
        hiddenParagraph = token.hidden;
        break;
      case 'heading_open':
        heading = token.tag;
        break;
      case 'heading_close':
        heading = null;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row) push('tr', row.join('\t'));
        row = null;
        break;
      case 'fence':
      case 'code_block':
        flushList();
        push('pre', token.content.replace(/\n$/, ''));
        break;
      case 'inline': {
        const text = (itemPrefix + inlineText(token.children, links)).trim();
        itemPrefix = '';
        if (row) row.push(text);
        else if (heading) push(heading, text);
        // A tight list's items are lines of one block; a loose list's are paragraphs.
        else if (listLines && hiddenParagraph) listLines.push(text);
        else {
          if (listLines?.length) {
            push('li', listLines.join('\n'));
            listLines = [];
          }
          push('p', text);
        }
        break;
      }
      default:
        break;
    }
  }
  flushList();
  return blocks;
}

/** YAML-style front matter between `---` lines: simple `key: value` fields only. */
function stripFrontMatter(lines: string[]): { lines: string[]; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  if (lines[0]?.trim() !== '---') return { lines, fields };
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (end < 0) return { lines, fields };
  for (const line of lines.slice(1, end)) {
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    if (!/^\w[\w-]*$/.test(key)) continue;
    let value = line.slice(colon + 1).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) value = value.slice(1, -1);
    if (value) fields[key] = value;
  }
  return { lines: lines.slice(end + 1), fields };
}

export function importMarkdown(source: string, options: TextImportOptions = {}): ImportedArticle {
  const { lines, fields } = stripFrontMatter(canonicalText(withoutMarkers(String(source ?? '')), { keepIndent: true }).split('\n'));
  const links = new LinkCollector();
  const blocks = toBlocks(markdown.parse(lines.join('\n'), {}), links);
  const h1 = blocks.find((b) => b.tag === 'h1');
  const body = blocks.map((b) => b.text).join('\n\n');
  return finishArticle(
    {
      title: options.title?.trim() ? options.title : (h1 ? withoutMarkers(h1.text) : null) ?? fields.title ?? firstLineTitle(withoutMarkers(canonicalText(body))),
      dek: fields.description ?? fields.subtitle ?? null,
      byline: fields.author ?? null,
      publication: null,
      publishedAt: fields.date && /^\d{4}-\d{2}-\d{2}/.test(fields.date) ? fields.date : null,
      sourceUrl: null,
      body,
      format: 'markdown',
      fileName: options.fileName ?? null,
      originalHtml: null,
      links: [],
      warnings: [],
    },
    describeSource(options.fileName, 'The Markdown text'),
    links.urls,
  );
}
