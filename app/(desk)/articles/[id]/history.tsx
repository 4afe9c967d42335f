// A claim's history from its audit events: who changed what, from what, to what.
import { STATUS_LABELS } from '@/lib/claims/status';
import type { ClaimStatus } from '@/db/schema';
import { describeVersionEntry } from '@/lib/versions/history-text';
import type { ClaimDetail } from './board-types';

function show(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (key === 'status' && typeof value === 'string') return STATUS_LABELS[value as ClaimStatus] ?? value;
  if (key.endsWith('At') && typeof value === 'string') return new Date(value).toLocaleString('en-GB');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function History({ entries }: { entries: ClaimDetail['history'] }) {
  return (
    <details>
      <summary className="cursor-pointer font-semibold">History ({entries.length})</summary>
      <ol className="mt-2 space-y-1 text-sm">
        {entries.map((h) => (
          <li key={h.id}>
            <span className="text-gray-600">{new Date(h.createdAt).toLocaleString('en-GB')}</span> · {h.actor?.name ?? 'System'} ·{' '}
            {describeVersionEntry(h) ?? h.action.replace(/^claim\./, '').replace(/_/g, ' ')}
            {!describeVersionEntry(h) && h.after && Object.keys(h.after).length > 0 && (
              <ul className="ml-4 list-disc">
                {Object.keys(h.after).map((k) => (
                  <li key={k}>{k}: {show(k, h.before?.[k])} → {show(k, h.after?.[k])}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
