// Text someone typed (a statement, a name), isolated from the text around it and with any
// bidi control character shown as a visible marker instead of silently reordering the text.
import { revealBidi } from '@/lib/text/bidi';

export function ShownText({ text }: { text: string }) {
  const parts = revealBidi(text);
  return (
    <bdi>
      {parts.map((part, i) =>
        'text' in part ? (
          part.text
        ) : (
          <span key={i} title={`Hidden direction mark ${part.code}: ${part.name}`}
            className="mx-0.5 rounded border border-amber-500 bg-amber-50 px-0.5 font-mono text-[0.75em] text-amber-900">
            <span aria-hidden="true">{part.short}</span>
            <span className="sr-only">(hidden direction mark: {part.name})</span>
          </span>
        ),
      )}
    </bdi>
  );
}
