// The old and new wording of a claim, word by word: what went is struck through, what came
// is underlined, each also named for screen readers.
import { wordDiff } from '@/lib/versions/words';

export function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = wordDiff(before, after);
  return (
    <div className="space-y-1 text-sm">
      <p>
        <span className="mr-1 font-sans font-semibold">Checked on:</span>
        <span className="font-serif">
          {parts.filter((p) => p.change !== 'added').map((p, i) =>
            p.change === 'removed'
              ? <del key={i} className="version-change"><span className="sr-only">[removed: </span>{p.text}<span className="sr-only">]</span></del>
              : <span key={i}>{p.text}</span>)}
        </span>
      </p>
      <p>
        <span className="mr-1 font-sans font-semibold">Now reads:</span>
        <span className="font-serif">
          {parts.filter((p) => p.change !== 'removed').map((p, i) =>
            p.change === 'added'
              ? <ins key={i} className="version-change"><span className="sr-only">[added: </span>{p.text}<span className="sr-only">]</span></ins>
              : <span key={i}>{p.text}</span>)}
        </span>
      </p>
    </div>
  );
}
