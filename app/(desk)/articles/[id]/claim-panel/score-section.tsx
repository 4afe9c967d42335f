'use client';
// Why the claim is worth checking, in the extractor's words: what raised its check-worthiness
// score ("a figure, a named source and a date"; the score itself is in the panel's header).
// A ranking aid, never a verdict.
import { reasonsPhrase } from '../score-reasons';
import type { SectionProps } from './sections';

export function ScoreSection({ claim }: SectionProps) {
  const why = reasonsPhrase(claim.reasons);
  return (
    <section aria-labelledby="score-heading">
      <h3 id="score-heading" className="font-semibold">Check-worthiness</h3>
      <p className="mt-1 text-sm">{why ? `Scored high for ${why}.` : 'No reason recorded: a low score, or a claim added by hand.'}</p>
    </section>
  );
}
