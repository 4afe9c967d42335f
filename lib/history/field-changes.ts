// A claim field that changed, as a clause: "set the status to Confirmed (was In progress)".
import type { DescribeContext } from './types';
import { attributionWords, dueWords, kindWords, personWords, shortQuote, statusWords } from './words';

type Clause = (before: unknown, after: unknown, ctx: DescribeContext) => string;

/** One entry per claim field; a field missing here is named in words, never shown as JSON. */
const FIELD_CLAUSES: Record<string, Clause> = {
  status: (b, a) => `set the status to ${statusWords(a)}${b ? ` (was ${statusWords(b)})` : ''}`,
  assigneeId: (b, a, ctx) =>
    !a ? `unassigned the claim (was ${personWords(b, ctx)})`
      : b ? `reassigned the claim to ${personWords(a, ctx)} (was ${personWords(b, ctx)})`
        : `assigned the claim to ${personWords(a, ctx)}`,
  dueAt: (b, a) => (a ? `set the due time to ${dueWords(a)}${b ? ` (was ${dueWords(b)})` : ''}` : `removed the due time (was ${dueWords(b)})`),
  statement: (_b, a) => `rewrote the statement to check as ${shortQuote(a, 80)}`,
  kind: (b, a) => `marked it as ${kindWords(a)} (was ${kindWords(b)})`,
  attributionSource: (b, a) =>
    a ? `changed who made the claim to ${attributionWords(a)} (was ${attributionWords(b)})` : `removed the attribution, so it is now the article’s own assertion (was ${attributionWords(b)})`,
  quote: (_b, a) => `the passage is now ${shortQuote(a)}`,
};

/** Fields that are bookkeeping, not something a person changed. */
const SILENT = new Set([
  'version', 'start', 'end', 'prefix', 'suffix', 'updatedAt', 'spans', 'attributionStart', 'attributionEnd', 'number', 'origin',
  'splitInto', 'splitIntoNumber', 'splitFrom', 'splitFromNumber', 'mergedInto', 'mergedIntoNumber', 'evidence', 'comments',
]);

const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();

export function fieldClauses(before: Record<string, unknown> | null, after: Record<string, unknown> | null, ctx: DescribeContext, skip: readonly string[] = []): string[] {
  const b = before ?? {};
  const a = after ?? {};
  return Object.keys(a)
    .filter((k) => !SILENT.has(k) && !skip.includes(k) && k in FIELD_CLAUSES)
    .map((k) => FIELD_CLAUSES[k]!(b[k], a[k], ctx))
    .concat(
      Object.keys(a)
        .filter((k) => !SILENT.has(k) && !skip.includes(k) && !(k in FIELD_CLAUSES) && typeof a[k] !== 'object')
        .map((k) => `changed the ${words(k)}`),
    );
}
