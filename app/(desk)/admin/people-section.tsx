'use client';
// People on the desk: add an account, change a role, reset a password, sign someone out
// everywhere, disable or enable. Password reset and disabling end the account's sessions.
import { useState } from 'react';
import { ShownText } from '@/app/_components/shown-text';
import { api } from '@/app/_lib/api-client';
import type { Run } from './admin-panel';

export interface Person { id: string; email: string; name: string; role: string; disabled: boolean }

const input = 'mt-1 w-full rounded border border-gray-400 px-2 py-1';
const small = 'rounded border border-gray-400 px-2 py-0.5 hover:bg-gray-100';
const ROLES = [['reviewer', 'Reviewer'], ['editor', 'Editor'], ['admin', 'Admin']] as const;

type Ended = { sessionsEnded: number; tokensRevoked: number };
const ended = (e: Ended) => `${e.sessionsEnded} session${e.sessionsEnded === 1 ? '' : 's'} and ${e.tokensRevoked} API token${e.tokensRevoked === 1 ? '' : 's'} ended`;

export function PeopleSection({ users, selfId, run }: { users: Person[]; selfId: string; run: Run }) {
  const [resetting, setResetting] = useState<Person | null>(null);

  return (
    <section aria-labelledby="people">
      <h2 id="people" className="mb-3 text-xl font-semibold">People</h2>
      <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white text-sm">
        {users.map((u) => (
          <li key={u.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2">
            <span className="min-w-0 flex-1 basis-56">
              <span className="block font-medium"><ShownText text={u.name} />{u.disabled && <span className="ml-2 rounded bg-gray-200 px-1 text-xs font-normal">disabled</span>}</span>
              <span className="block [overflow-wrap:anywhere] text-gray-700">{u.email}</span>
            </span>
            {u.id === selfId ? (
              <span className="text-gray-700">{ROLES.find(([v]) => v === u.role)?.[1]} (you)</span>
            ) : (
              <>
                <select aria-label={`Role of ${u.email}`} defaultValue={u.role} className="rounded border border-gray-400 px-1 py-0.5"
                  onChange={(e) => { const role = e.target.value; void run(async () => { await api(`/api/v1/users/${u.id}`, { method: 'PATCH', body: { role } }); return `${u.email} is now ${role}.`; }); }}>
                  {ROLES.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
                </select>
                <span className="flex flex-wrap gap-2">
                  <button type="button" className={small} onClick={() => setResetting(u)}>Reset password<span className="sr-only"> of {u.email}</span></button>
                  <button type="button" className={small}
                    onClick={() => run(async () => `${u.email} signed out everywhere: ${ended(await api<Ended>(`/api/v1/users/${u.id}/sessions`, { method: 'DELETE' }))}.`)}>
                    Sign out everywhere<span className="sr-only"> {u.email}</span>
                  </button>
                  <button type="button" className={small}
                    onClick={() => run(async () => {
                      await api(`/api/v1/users/${u.id}`, { method: 'PATCH', body: { disabled: !u.disabled } });
                      return u.disabled ? `${u.email} is enabled again; they sign in afresh.` : `${u.email} is disabled; their sessions and API tokens have ended.`;
                    })}>
                    {u.disabled ? 'Enable' : 'Disable'}<span className="sr-only"> {u.email}</span>
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>

      {resetting && (
        <form className="mt-4 max-w-xl space-y-2 rounded border border-amber-300 bg-amber-50 p-4"
          onSubmit={async (e) => {
            e.preventDefault();
            const password = String(new FormData(e.currentTarget).get('password'));
            const who = resetting;
            const done = await run(async () => `New password set for ${who.email}; ${ended(await api<Ended>(`/api/v1/users/${who.id}/password`, { body: { password } }))}. Tell them the new password by a safe route.`);
            if (done) setResetting(null);
          }}>
          <h3 className="font-semibold">Reset the password of {resetting.email}</h3>
          <p className="text-sm">Their sessions and API tokens end at once.</p>
          <label className="block text-sm">New password (at least 10 characters, not a common one)
            <input name="password" type="password" minLength={10} required autoComplete="new-password" autoFocus className={input} />
          </label>
          <button type="submit" className="rounded bg-gray-900 px-3 py-1.5 text-white">Set new password</button>{' '}
          <button type="button" className="rounded border border-gray-400 px-3 py-1.5" onClick={() => setResetting(null)}>Cancel</button>
        </form>
      )}

      <form className="mt-6 max-w-xl space-y-2 rounded border border-gray-200 bg-white p-4"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const target = e.currentTarget;
          const done = await run(async () => { await api('/api/v1/users', { body: Object.fromEntries(form) }); return `Account created for ${form.get('email')}.`; });
          if (done) target.reset();
        }}>
        <h3 className="font-semibold">Add an account</h3>
        <label className="block text-sm">Name<input name="name" required className={input} /></label>
        <label className="block text-sm">Email<input name="email" type="email" required className={input} /></label>
        <label className="block text-sm">Role
          <select name="role" className={input} defaultValue="reviewer">
            {ROLES.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
          </select>
        </label>
        <label className="block text-sm">Password (at least 10 characters, not a common one)<input name="password" type="password" minLength={10} required autoComplete="new-password" className={input} /></label>
        <button type="submit" className="rounded bg-gray-900 px-3 py-1.5 text-white">Add account</button>
      </form>
    </section>
  );
}
