'use client';
// Which notifications also come by email (none until the person chooses), and a switch
// to pause email without losing the choice. The bell always shows everything.
import { useState } from 'react';
import { api, ApiError } from '@/app/_lib/api-client';
import type { NotificationType } from '@/db/schema';

interface Choices {
  emailTypes: NotificationType[];
  emailPaused: boolean;
}

interface Props {
  initial: Choices;
  mailConfigured: boolean;
  /** Every kind of notification, in the order to list them, with its plain label. */
  kinds: { type: NotificationType; label: string }[];
}

export function NotificationChoicesForm({ initial, mailConfigured, kinds }: Props) {
  const [choices, setChoices] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  async function save(next: Choices) {
    setChoices(next);
    setSaving(true);
    try {
      const saved = await api<Choices>('/api/v1/me/notification-settings', { method: 'PUT', body: next });
      setChoices({ emailTypes: saved.emailTypes, emailPaused: saved.emailPaused });
      const n = saved.emailTypes.length;
      setMessage({ kind: 'ok', text: saved.emailPaused ? 'Saved. Email is paused; the bell still shows everything.' : n === 0 ? 'Saved. No notifications will come by email.' : `Saved. ${n} kind${n === 1 ? '' : 's'} of notification will also come by email.` });
    } catch (e) {
      setChoices(choices);
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : 'That did not work; nothing was saved.' });
    } finally {
      setSaving(false);
    }
  }

  const toggle = (type: NotificationType, on: boolean) =>
    save({ ...choices, emailTypes: on ? [...choices.emailTypes, type] : choices.emailTypes.filter((t) => t !== type) });

  return (
    <>
      {!mailConfigured && (
        <p className="mb-3 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900" role="note">
          This desk has no mail server set up yet, so no email is sent. Your choices are kept for when an admin sets one up.
        </p>
      )}
      <fieldset className="mt-1" disabled={saving}>
        <legend className="text-sm font-medium">Also send me an email when…</legend>
        <ul className="mt-1 space-y-1">
          {kinds.map(({ type, label }) => (
            <li key={type}>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" className="mt-1" checked={choices.emailTypes.includes(type)} onChange={(e) => toggle(type, e.currentTarget.checked)} />
                <span>{label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label className="mt-3 flex items-start gap-2 border-t border-gray-200 pt-3 text-sm">
        <input type="checkbox" className="mt-1" checked={choices.emailPaused} disabled={saving} onChange={(e) => save({ ...choices, emailPaused: e.currentTarget.checked })} />
        <span>
          <span className="font-medium">Pause all email</span>
          <span className="block text-gray-700">For a day off or a night shift: nothing comes by email until you switch this off. Your choices above are kept.</span>
        </span>
      </label>
      <div aria-live="polite" className="mt-2 min-h-6">
        {message && <p role={message.kind === 'error' ? 'alert' : 'status'} className={`rounded px-2 py-1 text-sm ${message.kind === 'error' ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-800'}`}>{message.text}</p>}
      </div>
    </>
  );
}
