'use client';
// When a save is refused because the claim changed meanwhile: what they saved and what you
// tried, side by side, and a choice. Your draft stays in its field until you choose.
import { STATUS_LABELS } from '@/lib/claims/status';
import type { ClaimStatus } from '@/db/schema';
import { useBoard, type Conflict } from '../board-context';

const FIELD_NAMES: Record<string, string> = {
  status: 'Status', statement: 'Statement to check', attributionSource: 'Who made the claim', kind: 'Kind', assigneeId: 'Reviewer', dueAt: 'Due',
};

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function ConflictBox({ conflict }: { conflict: Conflict }) {
  const { resolveConflict, personName } = useBoard();
  const { current, attempted } = conflict;
  const show = (key: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return key === 'attributionSource' ? 'nobody (the article’s own assertion)' : key === 'assigneeId' ? 'nobody' : '—';
    if (key === 'status') return STATUS_LABELS[value as ClaimStatus] ?? String(value);
    if (key === 'assigneeId') return personName(String(value)) ?? String(value);
    if (key === 'dueAt') return when(String(value));
    return String(value);
  };
  const theirs: Record<string, unknown> = {
    status: current.status, statement: current.statement, attributionSource: current.attribution, kind: current.kind,
    assigneeId: current.assignee?.id ?? null, dueAt: current.dueAt,
  };
  const keys = Object.keys(attempted).filter((k) => k in FIELD_NAMES);
  const last = current.lastChange;
  const who = last?.byYou ? 'You' : (last?.actor?.name ?? 'Someone');
  const heading = last?.byYou
    ? `You changed this claim in your other tab at ${when(last.at)}.`
    : `${who} changed this claim at ${last ? when(last.at) : 'a moment ago'}.`;

  return (
    <div role="alert" className="space-y-2 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-950">
      <p className="font-semibold">{heading}</p>
      <p>{conflict.message}</p>
      <table className="w-full table-fixed border-collapse bg-white text-left">
        <caption className="sr-only">Their version and yours</caption>
        <thead><tr><th scope="col" className="w-1/4 border p-1"> </th><th scope="col" className="border p-1">{last?.byYou ? 'Saved from your other tab' : `Theirs (saved by ${who})`}</th><th scope="col" className="border p-1">Yours (not saved)</th></tr></thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k}>
              <th scope="row" className="border p-1 font-medium">{FIELD_NAMES[k]}</th>
              <td className="border p-1 align-top">{show(k, theirs[k])}</td>
              <td className="border p-1 align-top">{show(k, attempted[k])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="rounded bg-gray-900 px-2 py-1 text-white" onClick={() => resolveConflict('mine')}>Keep mine (save over theirs)</button>
        <button type="button" className="rounded border border-gray-500 bg-white px-2 py-1" onClick={() => resolveConflict('theirs')}>Keep theirs (load the current version)</button>
      </div>
    </div>
  );
}
