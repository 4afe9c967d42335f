// One describer per audit action: the table every history line, in the app and in every
// export, is written from. Adding an event type? Add its entry here (a test fails for any
// action recorded in lib/ without one). Each returns a sentence without the time.
import { STANCE_LABELS } from '@/lib/claims/status';
import type { Stance } from '@/db/schema';
import { fieldClauses } from './field-changes';
import type { Describer, DescribeContext } from './types';
import { VERSION_DESCRIBERS, versionClaimCreated } from './version-describers';
import { attributionWords, claimRef, dueWords, list, personWords, plural, shortQuote, statusWords } from './words';

const changes: Describer = (e, who, ctx) => {
  const clauses = fieldClauses(e.before, e.after, ctx);
  return clauses.length ? `${who} ${list(clauses)}` : `${who} saved the claim without changes`;
};

function evidenceWords(value: unknown): string {
  const ev = (value ?? {}) as { title?: string; publisher?: string; stance?: Stance };
  const stance = ev.stance && ev.stance in STANCE_LABELS ? `, ${STANCE_LABELS[ev.stance].toLowerCase()}` : '';
  return `${shortQuote(ev.title ?? 'a source')}${ev.publisher ? ` (${ev.publisher}${stance})` : stance ? ` (${stance.slice(2)})` : ''}`;
}

/** "and the claim moved to In progress", when evidence changed the status too. */
function statusTail(e: Parameters<Describer>[0]): string {
  const status = e.after?.status;
  return typeof status === 'string' ? `; the claim moved to ${statusWords(status)}` : '';
}

function mergedInto(e: Parameters<Describer>[0], who: string, ctx: DescribeContext): string {
  const after = e.after ?? {};
  if ('mergedInto' in after) return `${who} merged this claim into ${claimRef(after.mergedIntoNumber, after.mergedInto, ctx)}`;
  const from = Array.isArray(after.mergedFrom) ? (after.mergedFrom as { id?: string; number?: number; quote?: string }[]) : [];
  const named = from.map((m) => `${claimRef(m.number, m.id, ctx)} (${shortQuote(m.quote, 32)})`);
  const kept = [
    'assigneeId' in after ? (after.assigneeId ? `it is now checked by ${personWords(after.assigneeId, ctx)}` : 'it has no reviewer now') : null,
    'dueAt' in after ? (after.dueAt ? `it is due ${dueWords(after.dueAt)}` : 'it has no due time now') : null,
    'status' in after ? `its status became ${statusWords(after.status)}` : null,
    'attributionSource' in after ? `it is attributed to ${attributionWords(after.attributionSource)}` : null,
  ].filter((k): k is string => k !== null);
  const gained = [
    typeof after.evidence === 'number' && after.evidence > 0 ? plural(after.evidence, 'piece of evidence', 'pieces of evidence') : null,
    typeof after.comments === 'number' && after.comments > 0 ? plural(after.comments, 'comment') : null,
  ].filter((g): g is string => g !== null);
  return `${who} merged ${named.length ? list(named) : 'another claim'} into this claim${kept.length ? `; ${list(kept)}` : ''}${gained.length ? `; it gained ${list(gained)}` : ''}`;
}

export const HISTORY_DESCRIBERS: Record<string, Describer> = {
  'claim.created': (e, who, ctx) => {
    const a = e.after ?? {};
    if (a.origin === 'split') {
      const copied = [typeof a.evidence === 'number' && a.evidence ? plural(a.evidence, 'piece of evidence', 'pieces of evidence') : null, typeof a.comments === 'number' && a.comments ? plural(a.comments, 'comment') : null].filter(Boolean) as string[];
      return `${who} split this claim off ${claimRef(a.splitFromNumber, a.splitFrom, ctx)}${copied.length ? `, copying ${list(copied)}` : ''}`;
    }
    const fromVersion = versionClaimCreated(a, who);
    if (fromVersion) return fromVersion;
    return typeof a.quote === 'string' ? `${who} marked ${shortQuote(a.quote)} as a claim by hand` : `${who} added this claim`;
  },
  'claim.updated': changes,
  'claim.status_changed': changes,
  'claim.assigned': changes,
  'claim.merged': mergedInto,
  'claim.split': (e, who, ctx) => {
    const a = e.after ?? {};
    const rest = fieldClauses(e.before, e.after, ctx, ['statement']);
    return `${who} split this claim in two; the second part is now ${claimRef(a.splitIntoNumber, a.splitInto, ctx)}${rest.length ? ` and ${list(rest)}` : ''}`;
  },
  'evidence.added': (e, who) => `${who} added evidence: ${evidenceWords(e.after?.evidence)}${statusTail(e)}`,
  'evidence.updated': (e, who) => {
    const before = (e.before?.evidence ?? {}) as Record<string, unknown>;
    const after = (e.after?.evidence ?? {}) as Record<string, unknown>;
    const fields = Object.keys(after).filter((k) => k !== 'id' && before[k] !== after[k]);
    const what = fields.includes('stance') && after.stance ? `; it now ${String(STANCE_LABELS[after.stance as Stance] ?? after.stance).toLowerCase()} the claim` : '';
    const other = fields.filter((f) => f !== 'stance');
    return `${who} edited evidence ${evidenceWords(after)}${what}${other.length ? ` (${list(other.map((f) => f.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()))})` : ''}`;
  },
  'evidence.removed': (e, who) => `${who} removed evidence: ${evidenceWords(e.before?.evidence)}`,
  'comment.added': (e, who) => `${who} commented: ${shortQuote((e.after?.comment as { body?: string } | undefined)?.body, 80)}`,
  'article.imported': (e, who) => `${who} imported the article${typeof e.after?.claims === 'number' ? ` with ${plural(e.after.claims, 'claim')}` : ''}`,
  'article.updated': (e, who) => `${who} corrected the article details (${list(Object.keys(e.after ?? {}).map((k) => k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()))})`,
  'article.archived': (_e, who) => `${who} archived the article (off the desk's list; still searchable)`,
  'article.restored': (_e, who) => `${who} brought the article back to the desk's list`,
  'claim.verdict_reused': (e, who) => {
    const a = e.after ?? {};
    const from = (a.reusedFrom ?? {}) as { articleTitle?: string; statement?: string };
    const copied = Array.isArray(a.evidence) ? a.evidence.length : 0;
    return `${who} reused the verdict ${statusWords(a.status)} from the earlier check of ${shortQuote(from.statement, 40)} in ${shortQuote(from.articleTitle)}, copying ${plural(copied, 'piece of evidence', 'pieces of evidence')}`;
  },
  'claim.match_dismissed': (e, who) => `${who} said the earlier claim in ${shortQuote(((e.after?.match ?? {}) as { articleTitle?: string }).articleTitle)} is not the same claim`,
  'claim.match_restored': (e, who) => `${who} took back "not the same claim" for the earlier claim in ${shortQuote(((e.after?.match ?? {}) as { articleTitle?: string }).articleTitle)}`,
  'article.deleted': (e, who) => `${who} deleted the article ${shortQuote(e.before?.title)}${typeof e.before?.claims === 'number' ? ` and its ${plural(e.before.claims, 'claim')}` : ''}`,
  'user.created': (e, who) => `${who} created an account for ${String(e.after?.name ?? 'someone')} (${String(e.after?.role ?? 'no role')})`,
  'user.disabled': (_e, who) => `${who} disabled the account`,
  'user.enabled': (_e, who) => `${who} enabled the account again`,
  'user.role_changed': (e, who) => `${who} changed the account's role from ${String(e.before?.role ?? 'none')} to ${String(e.after?.role ?? 'none')}`,
  'user.password_changed': (e, who) => `${who} changed their password${endedWords(e.after)}`,
  'user.password_reset': (e, who) => `${who} reset the account's password${endedWords(e.after)}`,
  'user.signed_out_everywhere': (e, who) => `${who} signed the account out everywhere${endedWords(e.after)}`,
  'token.created': (e, who) => `${who} created the API token ${shortQuote(e.after?.name)}${e.after?.user ? ` for ${String(e.after.user)}` : ''}`,
  'token.revoked': (_e, who) => `${who} revoked an API token`,
  'webhook.created': (e, who) => {
    const events = Array.isArray(e.after?.events) ? (e.after.events as string[]) : [];
    const what = events.includes('*') ? 'every desk event' : plural(events.length, 'kind of event', 'kinds of event');
    return `${who} registered a webhook to ${shortQuote(e.after?.url, 60)} for ${what}`;
  },
  'webhook.removed': (e, who) => `${who} removed the webhook to ${shortQuote(e.before?.url, 60)}`,
  ...VERSION_DESCRIBERS,
};

/** ", ending 2 sessions and 1 API token" from what a password change or sign-out recorded. */
function endedWords(after: Record<string, unknown> | null | undefined): string {
  const sessions = typeof after?.sessionsEnded === 'number' ? after.sessionsEnded : null;
  const tokens = typeof after?.tokensRevoked === 'number' ? after.tokensRevoked : null;
  if (sessions === null || tokens === null) return '';
  return `, ending ${plural(sessions, 'session')} and ${plural(tokens, 'API token')}`;
}
