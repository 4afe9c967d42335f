// A DOM to canonical text, block by block: every paragraph, heading, list item, quote,
// caption and preformatted block becomes its own paragraph; inline elements are joined;
// script, style and template contents never reach the text. A table keeps its rows: each
// row is one block of tab-separated cells, whatever paragraphs a cell holds (Word puts
// each cell's text in its own paragraph). Links can be marked for links.ts.
import { LinkCollector, webLink, withoutMarkers } from './links';

export interface TextBlock {
  /** The element that made the block: "p", "h1", "figcaption", "li", ... */
  tag: string;
  text: string;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const SKIP = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'head',
  'title', 'meta', 'link', 'button', 'select', 'textarea', 'input', 'canvas', 'audio', 'video',
  'img', 'picture', 'source', 'track', 'map', 'dialog',
]);
const CELL = new Set(['td', 'th']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Spaces and tabs off both ends (a pattern for the trailing run would backtrack on long runs). */
function trimSpacesAndTabs(line: string): string {
  let a = 0;
  let b = line.length;
  while (a < b && (line[a] === ' ' || line[a] === '\t')) a++;
  while (b > a && (line[b - 1] === ' ' || line[b - 1] === '\t')) b--;
  return line.slice(a, b);
}

class Blocks {
  readonly out: TextBlock[] = [];
  private lines: string[] = [];
  private line = '';
  private tag = 'p';

  open(tag: string): void {
    this.flush();
    this.tag = tag;
  }
  text(s: string): void {
    this.line += s;
  }
  newline(): void {
    this.lines.push(this.line);
    this.line = '';
  }
  cellEnd(): void {
    let end = this.line.length;
    while (end > 0 && this.line[end - 1] === ' ') end--;
    this.line = `${this.line.slice(0, end)}\t`;
  }
  flush(): void {
    this.newline();
    const text = this.lines
      .map((l) => trimSpacesAndTabs(l.replace(/ {2,}/g, ' ').replace(/ ?\t ?/g, '\t')))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    // A block that is only link markers (an image link) has no words to keep.
    if (text && withoutMarkers(text).trim()) this.out.push({ tag: this.tag, text });
    this.lines = [];
    this.line = '';
  }
}

function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

export interface BlockOptions {
  /** Collects link targets and marks link text (see links.ts); without it, links are plain text. */
  links?: LinkCollector;
  /** The address relative links resolve against; without it only absolute links are kept. */
  base?: string | null;
}

/** The text blocks of a DOM subtree, in document order. Walks iteratively: hostile pages nest deep. */
export function htmlBlocks(root: Node, options: BlockOptions = {}): TextBlock[] {
  const blocks = new Blocks();
  type Step = { node: Node; exit?: string };
  const stack: Step[] = [{ node: root }];
  let preDepth = 0;
  let cellDepth = 0;
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (exit !== undefined) {
      if (exit === 'pre') preDepth--;
      if (exit === 'a') blocks.text(options.links!.close());
      else if (CELL.has(exit)) {
        cellDepth--;
        blocks.cellEnd();
      } else if (cellDepth > 0) blocks.text(' ');
      else blocks.open('p');
      continue;
    }
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = withoutMarkers((node as Text).data).replace(/\u00A0/g, ' ');
      if (preDepth > 0) {
        data.split(/\r\n?|\n/).forEach((part, i) => {
          if (i > 0) blocks.newline();
          blocks.text(part);
        });
      } else {
        blocks.text(data.replace(/[ \t\n\r\f]+/g, ' '));
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const element = node as Element;
    const tag = element.localName?.toLowerCase() ?? '';
    if (node.nodeType === ELEMENT_NODE) {
      if (SKIP.has(tag) || isHidden(element)) continue;
      if (tag === 'br') {
        if (cellDepth > 0) blocks.text(' ');
        else blocks.newline();
        continue;
      }
      if (CELL.has(tag)) {
        cellDepth++;
        stack.push({ node, exit: tag });
      } else if (BLOCK.has(tag)) {
        // Inside a table cell a paragraph is part of the cell's line, not a block of its own.
        if (cellDepth > 0) blocks.text(' ');
        else blocks.open(tag);
        stack.push({ node, exit: tag });
      } else if (tag === 'a' && options.links) {
        const url = webLink(element.getAttribute('href'), options.base);
        if (url) {
          blocks.text(options.links.open(url));
          stack.push({ node, exit: 'a' });
        }
      }
      if (tag === 'pre') preDepth++;
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
  }
  blocks.flush();
  return blocks.out;
}

/** The visible text of one element on a single line (for a headline, a byline). */
export function inlineText(element: Element | null | undefined): string | null {
  if (!element) return null;
  const text = htmlBlocks(element)
    .map((b) => b.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || null;
}

/** Canonical body text from blocks: one blank line between paragraphs. */
export function blocksToText(blocks: readonly TextBlock[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
