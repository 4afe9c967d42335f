'use client';
// The delivery log: every email and webhook delivery, newest first, with what the other
// side answered on each try, and "Try again" for the ones that failed.
import type { DeliveryLogEntry } from '@/lib/outbox/queries';

const STATUS_TEXT: Record<string, string> = { pending: 'Waiting', sending: 'Sending', delivered: 'Delivered', failed: 'Failed' };
const STATUS_STYLE: Record<string, string> = {
  pending: 'bg-amber-100 text-amber-900',
  sending: 'bg-blue-100 text-blue-900',
  delivered: 'bg-green-100 text-green-900',
  failed: 'bg-red-100 text-red-900',
};
const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function DeliveryLog({ deliveries, counts, onRetry }: { deliveries: DeliveryLogEntry[]; counts: Record<string, number>; onRetry: (id: string) => void }) {
  return (
    <section aria-labelledby="deliveries-heading">
      <h2 id="deliveries-heading" className="mb-1 text-xl font-semibold">Delivery log</h2>
      <p className="mb-3 text-sm text-gray-700">
        {counts.delivered ?? 0} delivered, {counts.pending ?? 0} waiting to be tried (again), {counts.failed ?? 0} failed. Failed deliveries never hold up the change that caused them.
      </p>
      {deliveries.length === 0 ? (
        <p className="text-sm text-gray-700">Nothing has been sent yet.</p>
      ) : (
        <div className="overflow-x-auto rounded border border-gray-200 bg-white">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">Latest email and webhook deliveries, newest first</caption>
            <thead className="bg-gray-50">
              <tr><th className="px-2 py-1">Queued</th><th className="px-2">What</th><th className="px-2">To</th><th className="px-2">Status</th><th className="px-2">Tries</th><th className="px-2">Last answer</th><th className="px-2"><span className="sr-only">Actions</span></th></tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id} className="border-t border-gray-200 align-top">
                  <td className="whitespace-nowrap px-2 py-1"><time dateTime={d.createdAt}>{when(d.createdAt)}</time></td>
                  <td className="px-2 py-1">{d.channel === 'email' ? 'Email' : 'Webhook'}: <code>{d.eventType}</code></td>
                  <td className="max-w-56 break-all px-2 py-1">{d.target}</td>
                  <td className="px-2 py-1"><span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${STATUS_STYLE[d.status]}`}>{STATUS_TEXT[d.status]}</span>
                    {d.nextAttemptAt && d.attempts > 0 && <span className="block text-xs text-gray-700">next try {when(d.nextAttemptAt)}</span>}
                  </td>
                  <td className="px-2 py-1">{d.attempts}</td>
                  <td className="px-2 py-1">
                    {d.lastResponseCode !== null && <span className="font-mono">{d.lastResponseCode}</span>}
                    {d.lastError && <span className="block text-xs text-red-800">{d.lastError}</span>}
                    {d.deliveredAt && <span className="block text-xs text-gray-700">delivered {when(d.deliveredAt)}</span>}
                  </td>
                  <td className="px-2 py-1 text-right">
                    {(d.status === 'failed' || (d.status === 'pending' && d.attempts > 0)) && (
                      <button type="button" className="rounded border border-gray-400 px-2 py-0.5 hover:bg-gray-100" onClick={() => onRetry(d.id)}>
                        Try again<span className="sr-only"> {d.eventType} to {d.target}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
