import { useId } from 'react';

// "12 of 41 claims checked", as text and as a bar the screen reader can read.
export function ProgressBar({ checked, total, label = 'claims checked' }: { checked: number; total: number; label?: string }) {
  const percent = total === 0 ? 0 : Math.round((checked / total) * 100);
  const id = useId();
  const text = `${checked} of ${total} ${label}`;
  return (
    <div>
      <p className="mb-1 text-sm font-medium" id={id}>{text}</p>
      <div role="progressbar" aria-labelledby={id} aria-valuemin={0} aria-valuemax={total} aria-valuenow={checked} aria-valuetext={text}
        className="h-2 w-full overflow-hidden rounded bg-gray-200">
        <div className="h-full bg-green-700" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
