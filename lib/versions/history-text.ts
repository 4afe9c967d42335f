// History lines for what version imports do to claims, one describer per audit action, in
// the desk's words ("Text changed in version 3: '1,582' → '1,600'"). Kept as a table so
// it can join the describers of lib/history when that lands.
import { describeWordChange } from './words';

export interface DescribedEntry {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type Describer = (entry: DescribedEntry) => string;

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const REMOVAL_REASONS: Record<string, string> = {
  gone: 'its passage is no longer in the text',
  weak: 'what stands in its place says something else',
  several: 'its text now stands in more than one place, so it was not placed by guess',
};

const CARRY_REASONS: Record<string, string> = {
  kept: 'unchanged',
  respaced: 'with the same words (only spacing, quote marks or punctuation changed)',
  moved: 'unchanged (its passage moved)',
};

export const VERSION_DESCRIBERS: Record<string, Describer> = {
  'claim.text_changed': ({ before, after }) => {
    const v = num(after?.articleVersion);
    const change = describeWordChange(str(before?.quote), str(after?.quote));
    const recheck = after?.needsRecheck === true && before?.needsRecheck !== true ? ' It needs a re-check.' : '';
    return `Text changed in version ${v}: ${change}.${recheck}`;
  },
  'claim.carried_over': ({ after }) => {
    const v = num(after?.articleVersion);
    if (after?.restored) return `Back in the text in version ${v}: its passage returned.`;
    const how = CARRY_REASONS[str(after?.reason)] ?? 'unchanged';
    const linked = Array.isArray(after?.spansLinked) && after.spansLinked.length ? ` Also stated again in ${plural(after.spansLinked.length, 'new place')}.` : '';
    return `Carried over to version ${v} ${how}.${linked}`;
  },
  'claim.removed_from_text': ({ after }) => {
    const why = REMOVAL_REASONS[str(after?.reason)] ?? REMOVAL_REASONS.gone;
    return `Removed in version ${num(after?.articleVersion)}: ${why}. Last seen in version ${num(after?.lastSeenInVersion)}; place it by hand or dismiss it.`;
  },
  'claim.placed_by_hand': ({ before, after }) => {
    const changed = str(before?.quote) !== str(after?.quote) ? ` (${describeWordChange(str(before?.quote), str(after?.quote))})` : '';
    return `Placed by hand in version ${num(after?.articleVersion)}${changed}.`;
  },
  'claim.recheck_confirmed': () => 'Re-checked after the text changed; the verdict stands.',
  'article.version_imported': ({ after }) =>
    `Version ${num(after?.version)} imported: ${num(after?.unchanged)} unchanged, ${num(after?.edited)} edited, ${num(after?.removed)} removed, ${plural(num(after?.added), 'new claim')}.`,
};

/** The sentence for a version-related entry, or null when another describer owns the action. */
export function describeVersionEntry(entry: DescribedEntry): string | null {
  const describer = VERSION_DESCRIBERS[entry.action];
  if (describer) return describer(entry);
  if (entry.action === 'claim.created' && typeof entry.after?.articleVersion === 'number') {
    return `Found in the new text of version ${entry.after.articleVersion} and offered as a claim.`;
  }
  return null;
}
