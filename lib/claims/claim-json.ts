// The claim as the API and the board see it: plain JSON, dates as ISO strings.
import type { ClaimDetail, HistoryEntry } from './queries';
import { tallyEvidence, type EvidenceTally } from './status';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

type ClaimLike = Omit<ClaimDetail, 'evidence' | 'comments' | 'warning'> & {
  evidence?: ClaimDetail['evidence'];
  evidenceCount?: number;
  tally?: EvidenceTally;
  commentCount?: number;
  comments?: unknown[];
  warning?: string | null;
};

export function claimJson(c: ClaimLike) {
  const tally = c.tally ?? tallyEvidence(c.evidence ?? []);
  // A removed claim's offsets count into an older version's text: they are not sent as if
  // they pointed into the latest one.
  const removed = c.anchor === 'removed';
  return {
    id: c.id,
    articleId: c.articleId,
    number: c.number,
    start: removed ? null : c.start,
    end: removed ? null : c.end,
    quote: c.quote,
    prefix: c.prefix,
    suffix: c.suffix,
    statement: c.statement,
    attribution: c.attributionSource,
    attributionSpan: !removed && c.attributionStart !== null && c.attributionEnd !== null ? [c.attributionStart, c.attributionEnd] : null,
    kind: c.kind,
    score: c.score,
    /** Why the extractor scored it high ("a figure", "a named source"); empty for claims added by hand. */
    reasons: c.scoreReasons ?? [],
    status: c.status,
    origin: c.origin,
    assignee: c.assignee,
    dueAt: iso(c.dueAt),
    version: c.version,
    spans: removed ? [] : c.spans.map((s) => ({ start: s.start, end: s.end })),
    anchor: c.anchor,
    /** The wording the claim was checked on, while its text is `edited`. */
    previousText: c.anchor === 'edited' ? c.previousQuote : null,
    /** The last version whose text held the claim, when it is `removed`. */
    lastSeenInVersion: removed ? c.seenInVersion : null,
    needsRecheck: c.needsRecheck,
    evidenceCount: c.evidenceCount ?? c.evidence?.length ?? 0,
    /** Evidence by stance, and how many distinct publishers support the claim. */
    stances: { supports: tally.supports, contradicts: tally.contradicts, context: tally.context },
    supportingPublishers: tally.supportingPublishers,
    commentCount: c.commentCount ?? c.comments?.length ?? 0,
    suggestedStatus: c.suggestedStatus,
    /** Set when the verdict goes against the evidence ("Confirmed, but no source is attached."). */
    warning: c.warning ?? null,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
  };
}

export function evidenceJson(e: ClaimDetail['evidence'][number]) {
  return {
    id: e.id,
    url: e.url,
    title: e.title,
    publisher: e.publisher,
    stance: e.stance,
    excerpt: e.excerpt,
    note: e.note,
    archiveUrl: e.archiveUrl,
    addedBy: e.addedBy,
    createdAt: iso(e.createdAt),
  };
}

export function claimDetailJson(detail: ClaimDetail, history: HistoryEntry[]) {
  return {
    claim: claimJson(detail),
    warning: detail.warning,
    evidence: detail.evidence.map(evidenceJson),
    comments: detail.comments.map((c) => ({ id: c.id, body: c.body, author: c.author, createdAt: iso(c.createdAt) })),
    history: history.map((h) => ({ id: h.id, text: h.text, action: h.action, actor: h.actor, before: h.before, after: h.after, createdAt: iso(h.at) })),
  };
}

/** A version conflict carries the current claim; send it in the same JSON shape as a read. */
export async function withClaimJsonOnConflict<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const e = error as { code?: string; details?: { current?: unknown } };
    if (e?.code === 'conflict' && e.details?.current && typeof e.details.current === 'object' && 'spans' in e.details.current) {
      // Who made the newer change and when, so the board can say "your other tab" or name the colleague.
      const { lastChange = null } = e.details.current as { lastChange?: unknown };
      e.details.current = { ...claimJson(e.details.current as ClaimDetail), lastChange };
    }
    throw error;
  }
}
