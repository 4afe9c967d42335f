// Claim numbers as the board, the version pages and the compare view show them: claims in
// the text by position, then claims no longer in the text (which have no position) after.
export function claimNumbers(claims: readonly { id: string; start: number | null }[]): Map<string, number> {
  const inText = claims.filter((c) => c.start !== null).sort((a, b) => a.start! - b.start!);
  const removed = claims.filter((c) => c.start === null);
  return new Map([...inText, ...removed].map((c, i) => [c.id, i + 1]));
}
