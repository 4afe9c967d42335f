'use client';
// Why the claim is worth checking, in the extractor's words: its check-worthiness score and
// what raised it ("a figure, a named source and a date"). A ranking aid, never a verdict.
import { reasonsPhrase, scoreText } from '../score-reasons';
import type { SectionProps } from './sections';

export function ScoreSection({ claim }: SectionProps) {
  const why = reasonsPhrase(claim.reasons);
  return (
    <section aria-labelledby="score-heading">
      <h3 id="score-heading" className="text-sm font-semibold uppercase tracking-wide text-gray-700">Check-worthiness</h3>
      <p className="mt-1 text-sm">
        <span className="font-medium">Score {scoreText(claim.score)}</span>
        {why ? <> — scored high for {why}.</> : ' — no reason recorded: a low score, or a claim added by hand.'}
      </p>
    </section>
  );
}
