'use client';
// Toolbars that appear when there is something to act on: a text selection, or ticked claims.
import type { BoardClaim, BoardPerson } from './board-types';

const bar = 'sticky top-0 z-20 mb-3 flex flex-wrap items-center gap-2 rounded border border-gray-300 bg-white p-2 text-sm shadow';
const button = 'rounded border border-gray-400 px-2 py-1 hover:bg-gray-100';

export function SelectionBar({ selection, body, selected, numbers, placing, onAdd, onSplit, onPlace }: {
  selection: { start: number; end: number };
  body: string;
  selected: BoardClaim | null;
  numbers: Map<string, number>;
  /** A removed claim the editor is placing by hand. */
  placing: BoardClaim | null;
  onAdd: () => void;
  onSplit: (at: number) => void;
  onPlace: () => void;
}) {
  const text = body.slice(selection.start, selection.end);
  const canSplit = selected && selected.start !== null && selected.end !== null && selection.start > selected.start && selection.start < selected.end;
  return (
    <div className={bar} role="region" aria-label="Selected text">
      <span className="max-w-md truncate">Selected: “{text.length > 80 ? `${text.slice(0, 80)}…` : text}”</span>
      {placing && <button type="button" className={`${button} font-semibold`} onClick={onPlace}>Place claim {numbers.get(placing.id)} here</button>}
      <button type="button" className={button} onClick={onAdd}>Add claim from selection</button>
      {canSplit && (
        <button type="button" className={button} onClick={() => onSplit(selection.start)}>
          Split claim {numbers.get(selected.id)} where the selection starts
        </button>
      )}
    </div>
  );
}

export function BulkBar({ count, people, onAssign, onMerge, onClear }: {
  count: number;
  people: BoardPerson[];
  onAssign: (assigneeId: string | null, dueAt: string | null) => void;
  onMerge?: () => void;
  onClear: () => void;
}) {
  return (
    <form className={bar} aria-label="Selected claims"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const due = String(f.get('dueAt') || '');
        onAssign(String(f.get('assigneeId') || '') || null, due ? new Date(due).toISOString() : null);
      }}>
      <span className="font-medium">{count} claim{count > 1 ? 's' : ''} selected</span>
      <label>Assign to{' '}
        <select name="assigneeId" className="rounded border border-gray-400 px-1 py-0.5" defaultValue={people[0]?.id ?? ''}>
          <option value="">Nobody (unassign)</option>
          {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </label>
      <label>due{' '}
        <input type="datetime-local" name="dueAt" className="rounded border border-gray-400 px-1 py-0.5" />
      </label>
      <button type="submit" className={button}>Assign selected</button>
      {onMerge && <button type="button" className={button} onClick={onMerge}>Merge into the first</button>}
      <button type="button" className={button} onClick={onClear}>Clear selection</button>
    </form>
  );
}
