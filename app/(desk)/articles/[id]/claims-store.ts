// The board's claims, held once in the browser. Anything that learns of a changed claim (an
// API response now, a server-sent event later) hands it to `upsert`; the text, the list and
// the panel redraw from here, so nothing re-sends the page after a click.
import { useSyncExternalStore } from 'react';
import { positionEndOf, positionOf, type BoardClaim } from './board-types';

export class ClaimsStore {
  private byId: Map<string, BoardClaim>;
  private list: BoardClaim[];
  private listeners = new Set<() => void>();

  constructor(claims: BoardClaim[]) {
    this.byId = new Map(claims.map((c) => [c.id, c]));
    this.list = this.sorted();
  }

  private sorted(): BoardClaim[] {
    return [...this.byId.values()].sort((a, b) => positionOf(a) - positionOf(b) || positionEndOf(a) - positionEndOf(b) || a.number - b.number);
  }

  private emit(): void {
    this.list = this.sorted();
    for (const l of this.listeners) l();
  }

  /** Holds exactly these claims: the board's first load, replacing the empty store it rendered with. */
  reset(claims: BoardClaim[]): void {
    this.byId = new Map(claims.map((c) => [c.id, c]));
    this.emit();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Every claim in body order; a new array after each change, the same one otherwise. */
  getSnapshot = () => this.list;

  get(id: string): BoardClaim | undefined {
    return this.byId.get(id);
  }

  /**
   * Applies claims someone changed. A copy older than the one held (a late response, an event
   * that crossed a newer one) is ignored, so the board never steps back in time.
   */
  upsert(...claims: BoardClaim[]): void {
    let changed = false;
    for (const c of claims) {
      const held = this.byId.get(c.id);
      if (held && held.version > c.version) continue;
      this.byId.set(c.id, c);
      changed = true;
    }
    if (changed) this.emit();
  }

  /**
   * Applies copies read after a live event: only those newer than, or different from, the one
   * held. The echo of this tab's own change equals what its response already put here, so it
   * changes nothing and redraws nothing.
   */
  upsertChanged(...claims: BoardClaim[]): void {
    this.upsert(...claims.filter((c) => {
      const held = this.byId.get(c.id);
      return !held || (c.version >= held.version && stable(c) !== stable(held));
    }));
  }

  remove(...ids: string[]): void {
    let changed = false;
    for (const id of ids) changed = this.byId.delete(id) || changed;
    if (changed) this.emit();
  }
}

/** JSON with keys in one order, so copies built by different code paths compare equal. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
}

export function useClaims(store: ClaimsStore): BoardClaim[] {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
