import type { ClaimStatus } from '@/db/schema';
import { STATUS_LABELS } from '@/lib/claims/status';

// Each status has a colour AND a symbol, so nobody has to tell colours apart.
const STYLES: Record<ClaimStatus, { className: string; symbol: string }> = {
  unchecked: { className: 'bg-gray-100 text-gray-800 border-gray-400', symbol: '○' },
  in_progress: { className: 'bg-blue-50 text-blue-900 border-blue-400', symbol: '◐' },
  confirmed: { className: 'bg-green-50 text-green-900 border-green-600', symbol: '✓' },
  single_source: { className: 'bg-amber-50 text-amber-900 border-amber-500', symbol: '①' },
  disputed: { className: 'bg-red-50 text-red-900 border-red-500', symbol: '✗' },
  dismissed: { className: 'bg-white text-gray-600 border-gray-300 line-through', symbol: '–' },
};

export function StatusBadge({ status }: { status: ClaimStatus }) {
  const s = STYLES[status];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${s.className}`}>
      <span aria-hidden="true">{s.symbol}</span>
      {STATUS_LABELS[status]}
    </span>
  );
}
