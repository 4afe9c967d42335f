// Bounds on what an HTML document may make the parser do, checked before jsdom sees it.
// jsdom's cost grows with the depth of every node it inserts (4,000 nested divs took 8 s
// and 20,000 overflowed the stack), so a page is first built by parse5 alone: the same
// HTML tree construction jsdom uses, but linear and cheap, with a tree adapter that counts
// elements and depth as they are made and stops at the first limit crossed. Counting the
// tree parse5 builds (rather than tags in the source) also catches markup that makes the
// parser clone elements, such as unclosed formatting tags re-opened in every block.
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';
import { ImportError } from './errors';

export interface HtmlLimits {
  /** Nesting depth of elements. News pages stay under 60; the deepest page in the test corpus is about 40. */
  depth: number;
  /** Elements in the document. */
  elements: number;
  /** Sum over every inserted node of its depth: the work jsdom does building the tree. */
  work: number;
}

export const HTML_LIMITS: HtmlLimits = { depth: 400, elements: 100_000, work: 4_000_000 };

export interface HtmlMeasure {
  depth: number;
  elements: number;
  work: number;
}

type Node = DefaultTreeAdapterMap['node'];
type Parent = DefaultTreeAdapterMap['parentNode'];

class LimitReached extends Error {
  constructor(readonly limit: keyof HtmlLimits) {
    super(limit);
  }
}

/** Builds the document with parse5 and measures it; throws LimitReached at the first limit crossed. */
function measure(html: string, limits: HtmlLimits): HtmlMeasure {
  const depthOf = new WeakMap<object, number>();
  const seen: HtmlMeasure = { depth: 0, elements: 0, work: 0 };
  const placed = (parent: Parent, node: Node | null) => {
    const depth = (depthOf.get(parent) ?? 0) + 1;
    if (node) depthOf.set(node, depth);
    if (depth > seen.depth) seen.depth = depth;
    seen.work += depth;
    if (seen.depth > limits.depth) throw new LimitReached('depth');
    if (seen.work > limits.work) throw new LimitReached('work');
  };
  const adapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      if (++seen.elements > limits.elements) throw new LimitReached('elements');
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
    appendChild(parent, node) {
      placed(parent, node);
      defaultTreeAdapter.appendChild(parent, node);
    },
    insertBefore(parent, node, reference) {
      placed(parent, node);
      defaultTreeAdapter.insertBefore(parent, node, reference);
    },
    insertText(parent, text) {
      placed(parent, null);
      defaultTreeAdapter.insertText(parent, text);
    },
    insertTextBefore(parent, text, reference) {
      placed(parent, null);
      defaultTreeAdapter.insertTextBefore(parent, text, reference);
    },
  };
  parse(html, { treeAdapter: adapter });
  return seen;
}

/** Measures a document without refusing it (for benchmarks and tests). */
export function measureHtml(html: string, limits: HtmlLimits = { depth: Infinity, elements: Infinity, work: Infinity }): HtmlMeasure {
  return measure(html, limits);
}

const REASONS: Record<keyof HtmlLimits, (limits: HtmlLimits) => string> = {
  depth: (l) => `it nests elements more than ${l.depth.toLocaleString('en')} levels deep (news pages use fewer than 60)`,
  elements: (l) => `it has more than ${l.elements.toLocaleString('en')} elements`,
  work: () => 'it has too many deeply nested elements',
};

/**
 * Refuses a document whose tree would be too deep or too large to build safely, with a
 * message that says why. `source` names the document ("The page at example.com").
 */
export function assertHtmlWithinLimits(html: string, source: string, limits: HtmlLimits = HTML_LIMITS): HtmlMeasure {
  try {
    return measure(html, limits);
  } catch (error) {
    if (!(error instanceof LimitReached)) throw error;
    const what = source === 'The HTML' ? 'This page' : source;
    throw new ImportError(
      'too_complex',
      `${what} is too deeply nested or too large to read safely: ${REASONS[error.limit](limits)}. Paste the article's text instead.`,
    );
  }
}
