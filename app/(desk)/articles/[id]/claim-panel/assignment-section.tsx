'use client';
// Who checks the claim and by when. Editors change it; everyone sees it.
import { useBoard } from '../board-context';
import type { SectionProps } from './sections';

const field = 'mt-1 w-full rounded border border-gray-400 bg-white px-2 py-1 text-sm';
const toLocalInput = (iso: string | null) => (iso ? new Date(new Date(iso).getTime() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16) : '');
const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function AssignmentSection({ claim }: SectionProps) {
  const { canEdit, people, patch, personName } = useBoard();
  const who = personName(claim.assigneeId);
  if (!canEdit) {
    return (
      <p className="text-sm"><span className="font-medium">Reviewer:</span> {who ?? 'nobody yet'} · <span className="font-medium">Due:</span> {claim.dueAt ? when(claim.dueAt) : 'no deadline'}</p>
    );
  }
  return (
    <form key={`${claim.id}-${claim.version}`} className="grid grid-cols-2 items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const assigneeId = String(f.get('assigneeId') || '') || null;
        const due = String(f.get('dueAt') || '');
        void patch(claim, { assigneeId, dueAt: due ? new Date(due).toISOString() : null }, assigneeId ? `Claim ${claim.number} assigned to ${personName(assigneeId)}.` : `Claim ${claim.number} unassigned.`);
      }}>
      <label className="text-sm font-medium">Reviewer <span className="hidden font-normal text-gray-700 lg:inline">(r)</span>
        <select name="assigneeId" data-field="assignee" defaultValue={claim.assigneeId ?? ''} className={field}>
          <option value="">Nobody yet</option>
          {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </label>
      <label className="text-sm font-medium">Due
        <input type="datetime-local" name="dueAt" defaultValue={toLocalInput(claim.dueAt)} className={field} />
      </label>
      <button type="submit" className="col-span-2 justify-self-start rounded border border-gray-400 bg-white px-2 py-1 text-sm">Save assignment</button>
    </form>
  );
}
