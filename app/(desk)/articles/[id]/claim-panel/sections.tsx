// The claim panel as a stack of sections, in reading order. Another part of the desk that has
// something to say about a claim (checked before?, why it scored high, mentions) adds an entry.
import type { BoardContextValue } from '../board-context';
import type { BoardClaim, ClaimDetail } from '../board-types';
import { AssignmentSection } from './assignment-section';
import { CheckedBeforeSection } from './checked-before-section';
import { CommentsSection } from './comments-section';
import { EvidenceSection } from './evidence-section';
import { HistorySection } from './history-section';
import { ScoreSection } from './score-section';
import { StatementSection } from './statement-section';
import { VerdictSection } from './verdict-section';
import { VersionSection } from '../versions/text-changed';

export interface SectionProps {
  claim: BoardClaim;
  /** Evidence, comments and history; null while loading. */
  detail: ClaimDetail | null;
}

export interface PanelSection {
  id: string;
  visible?: (p: { claim: BoardClaim; board: BoardContextValue }) => boolean;
  Component: (p: SectionProps) => React.ReactNode;
}

export const PANEL_SECTIONS: PanelSection[] = [
  { id: 'version', visible: ({ claim }) => claim.anchor !== 'current', Component: VersionSection },
  { id: 'statement', Component: StatementSection },
  { id: 'score', Component: ScoreSection },
  { id: 'verdict', Component: VerdictSection },
  { id: 'checked-before', visible: ({ claim }) => claim.status !== 'dismissed', Component: CheckedBeforeSection },
  { id: 'assignment', Component: AssignmentSection },
  { id: 'evidence', Component: EvidenceSection },
  { id: 'comments', Component: CommentsSection },
  { id: 'history', Component: HistorySection },
];
