// What a person types into a search box, as an FTS5 query that cannot be malformed: every
// term is a quoted string, joined with AND. Figures match however they are written: the
// tokenizer splits "1,582" into "1" "582", so a figure is sought both as the phrase of its
// digit groups and as one run of digits ("1582"), and "1,582", "1.582", "1 582" and
// "1582" all find each other.

export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TERMS = 16;

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const HAS_WORD = /[\p{L}\p{N}]/u;
// A figure as written: optional currency, digit groups split by , . ' or a (thin) space, optional % or suffix.
const FIGURE = /^[$€£¥]?(\d+(?:[,.'\u00a0\u202f]\d+)*)(%|[a-z]{1,2})?$/iu;

/** The ways a figure can appear in the index, as FTS5 alternatives: ("1582" OR "1 582"). */
export function figureAlternatives(written: string): string | null {
  const m = FIGURE.exec(written);
  if (!m) return null;
  const groups = m[1]!.split(/[,.'\u00a0\u202f]/);
  const thousands = groups.length > 1 && groups.slice(1).every((g) => g.length === 3) && groups[0]!.length <= 3;
  const digits = groups.join('');
  const forms = new Set<string>();
  if (groups.length === 1) {
    forms.add(digits);
    // 1582 may be printed "1,582": its groups of three from the right, as a phrase.
    if (digits.length >= 4 && !digits.startsWith('0')) forms.add(groupThousands(digits));
  } else if (thousands) {
    forms.add(digits);
    forms.add(groups.join(' '));
  } else {
    // A decimal (2.5) or a date (12.03.2022): only its parts in order.
    forms.add(groups.join(' '));
  }
  const list = [...forms].map(quote);
  return list.length === 1 ? list[0]! : `(${list.join(' OR ')})`;
}

function groupThousands(digits: string): string {
  const parts: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) parts.unshift(digits.slice(Math.max(0, end - 3), end));
  return parts.join(' ');
}

export interface FtsQueryOptions {
  /** Restrict every term to these FTS columns. */
  columns?: string[];
  /** Match the last word as a prefix, for search as you type ("Zelensk" finds Zelenskyy). */
  prefixLast?: boolean;
}

/** Splits input into quoted phrases and bare terms, keeps at most MAX_QUERY_TERMS. */
export function searchTerms(input: string): { text: string; phrase: boolean }[] {
  const terms: { text: string; phrase: boolean }[] = [];
  const source = input.slice(0, MAX_QUERY_CHARS);
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(source); m && terms.length < MAX_QUERY_TERMS; m = re.exec(source)) {
    if (m[1] !== undefined) {
      if (HAS_WORD.test(m[1])) terms.push({ text: m[1].trim(), phrase: true });
      continue;
    }
    // Trailing and leading punctuation is not part of the term ("Kyiv," "(1,582)").
    const bare = m[2]!.replace(/^[^\p{L}\p{N}$€£¥]+|[^\p{L}\p{N}%]+$/gu, '');
    if (HAS_WORD.test(bare)) terms.push({ text: bare, phrase: false });
  }
  return terms;
}

/** The FTS5 MATCH expression for what was typed, or null when nothing searchable was typed. */
export function buildFtsQuery(input: string, options: FtsQueryOptions = {}): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  const parts = terms.map((t, i) => {
    if (t.phrase) return quote(t.text);
    const figure = figureAlternatives(t.text);
    if (figure) return figure;
    const last = i === terms.length - 1;
    return options.prefixLast && last && t.text.length >= 2 ? `${quote(t.text)}*` : quote(t.text);
  });
  const expression = parts.join(' AND ');
  return options.columns?.length ? `{${options.columns.join(' ')}} : (${expression})` : expression;
}
