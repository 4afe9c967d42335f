// The words the extractor gives for a high check-worthiness score ("a figure, a named source,
// a date"). One list, with no model behind it, so the board can import it and send a claim's
// reasons as small numbers instead of repeating the words for every claim.
export const SCORE_REASONS = [
  'a figure', 'a quantity', 'a sum of money', 'a percentage', 'a date', 'a comparison', 'a superlative', 'a toll of harm',
  'a named actor', 'reported speech', 'an attributed figure', 'an attributed toll', 'a dated event', 'a cause', 'a named source',
] as const;

export type ScoreReason = (typeof SCORE_REASONS)[number];
