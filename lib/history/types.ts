// What a history line is made from: one audit event, and what the reader needs to name things.

export interface HistoryEvent {
  action: string;
  actor: { id: string; name: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: Date;
}

export interface DescribeContext {
  /** A person's name from an id the event stores (assigneeId); undefined when unknown. */
  name?: (id: string) => string | undefined;
  /** The number of a claim the event names by id only (events recorded before claim numbers). */
  claimNumber?: (id: string) => number | undefined;
}

/**
 * One sentence without the time: "Dana Editor merged claim 2 ('U.S. companies…') into this claim".
 * `who` is the actor's name, or "Claimdesk" for changes the system made.
 */
export type Describer = (event: HistoryEvent, who: string, ctx: DescribeContext) => string;
