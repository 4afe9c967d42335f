// Text a reader of the page never sees is never imported: elements marked `hidden` or
// `aria-hidden="true"`, and those a style hides (`display: none`, `visibility: hidden`),
// whether inline or from the page's own style sheets. Read from the page as served, before
// the sanitiser strips styles, and removed before Readability and the metadata look.

// Unconditional style rules only: a rule inside a print or a narrow-screen media query does
// not hide anything on the desktop page a journalist sees.
const SCREEN_MEDIA = /^(?:all|screen|only screen)?$/i;
const MAX_RULES = 2_000;
// Hiding rules applied at most: each is a query over the page.
const MAX_HIDING_SELECTORS = 300;
const MAX_SELECTOR = 300;

interface StyleRuleLike {
  type: number;
  selectorText?: string;
  style?: CSSStyleDeclaration;
  media?: { mediaText: string };
  cssRules?: ArrayLike<StyleRuleLike>;
}

function hides(style: () => CSSStyleDeclaration | undefined | null): boolean {
  try {
    const declared = style();
    if (!declared) return false;
    const display = declared.getPropertyValue('display').trim().toLowerCase();
    const visibility = declared.getPropertyValue('visibility').trim().toLowerCase();
    return display === 'none' || visibility === 'hidden' || visibility === 'collapse';
  } catch {
    return false; // jsdom's CSS parser throws on some declarations; a style it cannot read hides nothing.
  }
}

/** Selectors of style-sheet rules that hide what they match, from the page's <style> elements. */
function hidingSelectors(doc: Document): string[] {
  const selectors: string[] = [];
  let seen = 0;
  const visit = (rules: ArrayLike<StyleRuleLike>) => {
    for (let i = 0; i < rules.length && seen < MAX_RULES; i++, seen++) {
      const rule = rules[i]!;
      if (rule.type === 1 && rule.selectorText && rule.selectorText.length <= MAX_SELECTOR && hides(() => rule.style)) selectors.push(rule.selectorText);
      else if (rule.type === 4 && rule.cssRules && SCREEN_MEDIA.test(rule.media?.mediaText.trim() ?? '')) visit(rule.cssRules);
    }
  };
  for (const sheet of Array.from(doc.styleSheets ?? [])) {
    try {
      visit((sheet as unknown as { cssRules: ArrayLike<StyleRuleLike> }).cssRules);
    } catch {
      // A sheet that cannot be read hides nothing.
    }
  }
  return selectors;
}

function visibleTextLength(root: Element | null): number {
  return root?.textContent?.replace(/\s+/g, ' ').trim().length ?? 0;
}

/**
 * Removes what the page hides from its body. Returns how much text went, and a warning when
 * most of the page's text was hidden (a page that reveals its article with a script).
 */
export function removeHiddenContent(doc: Document): { removedChars: number; warning: string | null } {
  const body = doc.body;
  if (!body) return { removedChars: 0, warning: null };
  const before = visibleTextLength(body);
  const hidden = new Set<Element>(Array.from(body.querySelectorAll('[hidden], [aria-hidden], [style]')).filter((el) => {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden')?.toLowerCase() === 'true') return true;
    return hides(() => (el as HTMLElement).style);
  }));
  for (const selector of hidingSelectors(doc).slice(0, MAX_HIDING_SELECTORS)) {
    try {
      for (const el of Array.from(body.querySelectorAll(selector))) hidden.add(el);
    } catch {
      // A selector jsdom cannot read (a browser-specific pseudo-class) matches nothing here.
    }
  }
  for (const el of hidden) if (el.isConnected && el !== body) el.remove();
  const removedChars = Math.max(0, before - visibleTextLength(body));
  const warning =
    before > 1_000 && removedChars > 0.6 * before
      ? `Most of this page's text (${Math.round((100 * removedChars) / before)}%) is hidden from readers, and was not imported. Compare the import with the page as it shows in a browser.`
      : null;
  return { removedChars, warning };
}
