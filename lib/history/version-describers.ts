// History lines for what a new version of an article does to its claims: "Text changed in
// version 3 (imported by Dana Editor): '1,582' → '1,600'; it needs a re-check".
import { describeWordChange } from '@/lib/versions/words';
import type { Describer } from './types';
import { plural, shortQuote, statusWords } from './words';

const inVersion = (v: unknown) => (typeof v === 'number' ? `version ${v}` : 'a new version');
const count = (v: unknown) => (typeof v === 'number' ? v : 0);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** "'1,582' → '1,600'", or both wordings when much changed; nothing when either is unknown. */
function change(before: unknown, after: unknown): string {
  return text(before) && text(after) ? describeWordChange(text(before), text(after)) : 'its words changed';
}

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
  'claim.text_changed': (e, who) => {
    const recheck = e.after?.needsRecheck === true && e.before?.needsRecheck !== true ? '; it needs a re-check' : '';
    return `Text changed in ${inVersion(e.after?.articleVersion)} (imported by ${who}): ${change(e.before?.quote, e.after?.quote)}${recheck}`;
  },
  'claim.carried_over': (e, who) => {
    const v = inVersion(e.after?.articleVersion);
    if (e.after?.restored) return `Back in the text in ${v} (imported by ${who}): its passage returned`;
    const linked = Array.isArray(e.after?.spansLinked) && e.after.spansLinked.length ? `; also stated again in ${plural(e.after.spansLinked.length, 'new place')}` : '';
    return `Carried over to ${v} (imported by ${who}) ${CARRY_REASONS[text(e.after?.reason)] ?? 'unchanged'}${linked}`;
  },
  'claim.removed_from_text': (e, who) => {
    const why = REMOVAL_REASONS[text(e.after?.reason)] ?? REMOVAL_REASONS.gone;
    const seen = typeof e.after?.lastSeenInVersion === 'number' ? `; last seen in version ${e.after.lastSeenInVersion}` : '';
    return `Removed from the text in ${inVersion(e.after?.articleVersion)} (imported by ${who}): ${why}${seen}; it can be placed by hand or dismissed`;
  },
  'claim.placed_by_hand': (e, who) => {
    const changed = text(e.before?.quote) && text(e.before?.quote) !== text(e.after?.quote) ? `: ${change(e.before?.quote, e.after?.quote)}` : ` at ${shortQuote(e.after?.quote)}`;
    return `${who} placed this claim in the text of ${inVersion(e.after?.articleVersion)} by hand${changed}`;
  },
  'claim.recheck_confirmed': (e, who) =>
    `${who} checked the new wording again and kept the verdict${typeof e.after?.status === 'string' ? ` (${statusWords(e.after.status)})` : ''}`,
  'article.version_imported': (e, who) =>
    `${who} imported ${inVersion(e.after?.version)}: ${count(e.after?.unchanged)} unchanged, ${count(e.after?.edited)} edited, ${count(e.after?.removed)} removed, ${plural(count(e.after?.added), 'new claim')}`,
};

/** A claim a new version's extraction offered: "Found in the new text of version 2 (imported by …)". */
export function versionClaimCreated(after: Record<string, unknown>, who: string): string | null {
  if (typeof after.articleVersion !== 'number') return null;
  return `Offered as a new claim from the text of version ${after.articleVersion} (imported by ${who})${typeof after.quote === 'string' ? `: ${shortQuote(after.quote)}` : ''}`;
}
