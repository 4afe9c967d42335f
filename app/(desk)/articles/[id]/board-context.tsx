'use client';
// What every part of the board shares: the claims store, the people, who is looking and what
// they may do, and the one way to send a change (which also catches a version conflict).
import { createContext, useContext } from 'react';
import type { CarryOverIds, ClaimStatus } from '@/db/schema';
import type { ArticleLink } from '@/lib/import/links';
import type { BoardClaim, BoardPerson, ClaimJson } from './board-types';
import type { ClaimsStore } from './claims-store';

export interface Conflict {
  claimId: string;
  /** What this person tried to save, field by field. */
  attempted: Record<string, unknown>;
  /** The claim as it is now, and who changed it. */
  current: ClaimJson;
  message: string;
}

export interface Toast {
  text: string;
  undo?: () => void;
  kind?: 'ok' | 'error';
}

export interface BoardContextValue {
  store: ClaimsStore;
  articleId: string;
  body: string;
  /** Link targets kept from the imported page, as offsets into `body`. */
  links: ArticleLink[];
  people: BoardPerson[];
  personName: (id: string | null) => string | null;
  actor: { id: string; name: string; role: string };
  canEdit: boolean;
  /** May this person change this claim's status and evidence? Editors any; reviewers their own. */
  canReview: (claim: BoardClaim) => boolean;
  /** Sends a claim change with the version the person saw; true when saved. */
  patch: (claim: BoardClaim, change: Record<string, unknown>, done: string) => Promise<boolean>;
  setStatus: (claim: BoardClaim, status: ClaimStatus) => Promise<boolean>;
  /** Runs any other call; `done` words the result for the status line. */
  act: <T>(work: () => Promise<T>, done: (result: T) => string | null) => Promise<T | null>;
  conflict: Conflict | null;
  resolveConflict: (keep: 'mine' | 'theirs') => void;
  showToast: (toast: Toast) => void;
  /** Tells the panel to fetch its detail again (after evidence or a comment changed). */
  detailVersion: number;
  refreshDetail: () => void;
  /** The latest version, once there is more than one: what its import did to each claim. */
  version: { number: number; carryOver: CarryOverIds } | null;
  /** A removed claim the editor is placing: the next text selection offers to place it there. */
  placingId: string | null;
  setPlacingId: (id: string | null) => void;
  select: (id: string) => void;
  /** Brings the article text into view (on a phone: closes the sheet, shows the text tab). */
  showText: () => void;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoard outside the board');
  return value;
}
