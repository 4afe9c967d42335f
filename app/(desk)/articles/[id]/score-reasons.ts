// The extractor's reasons for a high check-worthiness score, as words for the board:
// ["a figure", "a named source", "a date"] → "a figure, a named source and a date".

/** The reasons joined as a phrase; empty when there are none. */
export function reasonsPhrase(reasons: readonly string[]): string {
  if (reasons.length <= 1) return reasons[0] ?? '';
  return `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1]}`;
}

/** The score as the board prints it: two decimals, so that 0.38 and 0.4 line up in the list. */
export const scoreText = (score: number) => score.toFixed(2);
