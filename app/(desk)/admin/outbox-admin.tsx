'use client';
// Admin: where email and webhooks stand. The mail settings (read from the environment),
// a test email, the webhook endpoints with a test button each, and the delivery log.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, ApiError } from '@/app/_lib/api-client';
import type { DeliveryLogEntry } from '@/lib/outbox/queries';
import type { WebhookJson } from '@/lib/webhooks/manage-webhooks';
import { DeliveryLog } from './delivery-log';

interface Props {
  mail: { configured: boolean; server: string | null; from: string | null; publicUrl: string };
  webhooks: WebhookJson[];
  events: readonly string[];
  deliveries: DeliveryLogEntry[];
  counts: Record<string, number>;
}

const input = 'mt-1 w-full rounded border border-gray-400 px-2 py-1';
const button = 'rounded border border-gray-400 px-2 py-0.5 text-sm hover:bg-gray-100';

function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function OutboxAdmin({ mail, webhooks, events, deliveries, counts }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [secret, setSecret] = useState('');
  const [allEvents, setAllEvents] = useState(true);

  async function run(work: () => Promise<string>, followUp = false) {
    try {
      setMessage({ kind: 'ok', text: await work() });
      setFields({});
      router.refresh();
      // The worker delivers in the background: look again once it has had a moment.
      if (followUp) for (const ms of [1_500, 5_000]) setTimeout(() => router.refresh(), ms);
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : 'That did not work.' });
      if (e instanceof ApiError && e.fields) setFields(e.fields);
    }
  }

  async function addWebhook(form: FormData) {
    await run(async () => {
      const chosen = allEvents ? ['*'] : form.getAll('events').map(String);
      await api('/api/v1/webhooks', { body: { url: String(form.get('url') ?? ''), events: chosen, secret: String(form.get('secret') ?? ''), format: String(form.get('format') ?? 'json') } });
      setSecret('');
      return `Webhook added for ${form.get('url')}. Use “Send test” to check the receiver.`;
    });
  }

  return (
    <div className="mt-10 space-y-8">
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={`rounded px-3 py-2 ${message.kind === 'error' ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-800'}`}>
          {message.text}
        </p>
      )}
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="mail-heading">
          <h2 id="mail-heading" className="mb-3 text-xl font-semibold">Email</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border border-gray-200 bg-white p-4 text-sm">
            <dt className="font-medium">Status</dt>
            <dd>{mail.configured ? 'Set up: notifications go by email to people who chose them.' : 'Not set up: no email is sent. Set SMTP_URL and MAIL_FROM where Claimdesk runs, then restart it.'}</dd>
            <dt className="font-medium">Mail server</dt><dd className="break-all">{mail.server ?? 'none (SMTP_URL)'}</dd>
            <dt className="font-medium">Sent from</dt><dd className="break-all">{mail.from ?? 'nobody (MAIL_FROM)'}</dd>
            <dt className="font-medium">Links point to</dt><dd className="break-all">{mail.publicUrl} <span className="text-gray-700">(PUBLIC_URL)</span></dd>
          </dl>
          <button type="button" className={`${button} mt-2`} disabled={!mail.configured}
            onClick={() => run(async () => { await api('/api/v1/mail/test', { body: {} }); return 'Test email queued to your address; its outcome appears in the delivery log.'; }, true)}>
            Send a test email to me
          </button>
        </section>

        <section aria-labelledby="webhooks-heading">
          <h2 id="webhooks-heading" className="mb-3 text-xl font-semibold">Webhooks</h2>
          {webhooks.length === 0 ? (
            <p className="text-sm text-gray-700">No webhooks yet. Add one to tell a chat channel, a CMS or a dashboard about changes on the desk.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {webhooks.map((w) => (
                <li key={w.id} className="rounded border border-gray-200 bg-white p-3">
                  <p className="break-all font-medium">{w.url}</p>
                  <p className="text-gray-700">
                    {w.format === 'slack' ? 'Slack-style text' : 'JSON'} · {w.events.includes('*') ? 'every desk event' : w.events.join(', ')} · secret {w.secretHint}
                  </p>
                  <div className="mt-2 flex gap-2">
                    <button type="button" className={button} onClick={() => run(async () => { await api(`/api/v1/webhooks/${w.id}/test`, { body: {} }); return `Test delivery queued to ${w.url}.`; }, true)}>
                      Send test<span className="sr-only"> to {w.url}</span>
                    </button>
                    <button type="button" className={button} onClick={() => window.confirm(`Stop sending events to ${w.url}?`) && run(async () => { await api(`/api/v1/webhooks/${w.id}`, { method: 'DELETE' }); return `Webhook for ${w.url} removed; its deliveries stay in the log.`; })}>
                      Remove<span className="sr-only"> {w.url}</span>
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
          <form action={addWebhook} className="mt-4 space-y-2 rounded border border-gray-200 bg-white p-4">
            <h3 className="font-semibold">Add a webhook</h3>
            <label className="block text-sm">Address (https://…)
              <input name="url" type="url" required maxLength={2000} className={input} aria-invalid={fields.url ? true : undefined} aria-describedby={fields.url ? 'webhook-url-error' : undefined} />
            </label>
            {fields.url && <p id="webhook-url-error" className="text-sm text-red-800">{fields.url[0]}</p>}
            <fieldset className="text-sm">
              <legend className="font-medium">Events</legend>
              <label className="mt-1 flex items-center gap-2"><input type="checkbox" checked={allEvents} onChange={(e) => setAllEvents(e.currentTarget.checked)} /> Every desk event</label>
              {!allEvents && (
                <div className="mt-1 grid grid-cols-1 gap-x-4 sm:grid-cols-2">
                  {events.map((e) => <label key={e} className="flex items-center gap-2"><input type="checkbox" name="events" value={e} /> <code>{e}</code></label>)}
                </div>
              )}
            </fieldset>
            <label className="block text-sm">Secret (signs every delivery; at least 16 characters)
              <span className="mt-1 flex gap-2">
                <input name="secret" required minLength={16} maxLength={200} value={secret} onChange={(e) => setSecret(e.currentTarget.value)} className={`${input} mt-0 font-mono`} autoComplete="off" />
                <button type="button" className={button} onClick={() => setSecret(randomSecret())}>Generate</button>
              </span>
            </label>
            <fieldset className="text-sm">
              <legend className="font-medium">Body</legend>
              <label className="mr-4"><input type="radio" name="format" value="json" defaultChecked /> JSON document</label>
              <label><input type="radio" name="format" value="slack" /> Slack-style text ({'{"text": …}'})</label>
            </fieldset>
            <button type="submit" className="rounded bg-gray-900 px-3 py-1.5 text-white">Add webhook</button>
          </form>
        </section>
      </div>
      <DeliveryLog deliveries={deliveries} counts={counts} onRetry={(id) => run(async () => { await api(`/api/v1/deliveries/${id}/retry`, { body: {} }); return 'Queued to be tried again now.'; }, true)} />
    </div>
  );
}
