'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, ApiError } from '@/app/_lib/api-client';

interface Person { id: string; email: string; name: string; role: string; disabled: boolean }
interface Token { id: string; name: string; email: string; revoked: boolean }

const input = 'mt-1 w-full rounded border border-gray-400 px-2 py-1';

export function AdminPanel({ users, tokens, selfId }: { users: Person[]; tokens: Token[]; selfId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [newToken, setNewToken] = useState<string | null>(null);

  async function run(work: () => Promise<string>) {
    try {
      setMessage({ kind: 'ok', text: await work() });
      router.refresh();
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : 'That did not work.' });
    }
  }

  async function addUser(form: FormData) {
    await run(async () => {
      await api('/api/v1/users', { body: Object.fromEntries(form) });
      return `Account created for ${form.get('email')}.`;
    });
  }

  async function createToken(form: FormData) {
    await run(async () => {
      const created = await api<{ token: string }>('/api/v1/tokens', { body: Object.fromEntries(form) });
      setNewToken(created.token);
      return 'Token created. Copy it now: it will not be shown again.';
    });
  }

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={`lg:col-span-2 rounded px-3 py-2 ${message.kind === 'error' ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-800'}`}>
          {message.text}
        </p>
      )}
      <section aria-labelledby="people">
        <h2 id="people" className="mb-3 text-xl font-semibold">People</h2>
        <table className="w-full text-left text-sm">
          <thead><tr><th className="py-1">Name</th><th>Email</th><th>Role</th><th><span className="sr-only">Actions</span></th></tr></thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-gray-200">
                <td className="py-2">{u.name}{u.disabled && <span className="ml-2 rounded bg-gray-200 px-1 text-xs">disabled</span>}</td>
                <td>{u.email}</td>
                <td>{u.role}</td>
                <td className="text-right">
                  {u.id !== selfId && (
                    <button type="button" className="rounded border border-gray-400 px-2 py-0.5"
                      onClick={() => run(async () => {
                        await api(`/api/v1/users/${u.id}`, { method: 'PATCH', body: { disabled: !u.disabled } });
                        return `${u.email} is now ${u.disabled ? 'enabled' : 'disabled'}.`;
                      })}>
                      {u.disabled ? 'Enable' : 'Disable'}<span className="sr-only"> {u.email}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form action={addUser} className="mt-6 space-y-2 rounded border border-gray-200 bg-white p-4">
          <h3 className="font-semibold">Add an account</h3>
          <label className="block text-sm">Name<input name="name" required className={input} /></label>
          <label className="block text-sm">Email<input name="email" type="email" required className={input} /></label>
          <label className="block text-sm">Role
            <select name="role" className={input} defaultValue="reviewer">
              <option value="reviewer">Reviewer</option><option value="editor">Editor</option><option value="admin">Admin</option>
            </select>
          </label>
          <label className="block text-sm">Password (at least 10 characters)<input name="password" type="password" minLength={10} required autoComplete="new-password" className={input} /></label>
          <button type="submit" className="rounded bg-gray-900 px-3 py-1.5 text-white">Add account</button>
        </form>
      </section>
      <section aria-labelledby="tokens">
        <h2 id="tokens" className="mb-3 text-xl font-semibold">API tokens</h2>
        {tokens.length === 0 ? <p className="text-sm text-gray-600">No API tokens yet. Create one for a script or another newsroom system.</p> : (
          <ul className="space-y-1 text-sm">
            {tokens.map((t) => (
              <li key={t.id} className="flex items-center gap-2">
                <span>{t.name} — {t.email}</span>
                {t.revoked ? <span className="rounded bg-gray-200 px-1 text-xs">revoked</span> : (
                  <button type="button" className="ml-auto rounded border border-gray-400 px-2 py-0.5"
                    onClick={() => run(async () => { await api(`/api/v1/tokens/${t.id}`, { method: 'DELETE' }); return `Token “${t.name}” revoked.`; })}>
                    Revoke<span className="sr-only"> {t.name}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {newToken && <p className="mt-3 break-all rounded bg-yellow-50 p-2 font-mono text-sm" aria-label="New token">{newToken}</p>}
        <form action={createToken} className="mt-6 space-y-2 rounded border border-gray-200 bg-white p-4">
          <h3 className="font-semibold">Create a token</h3>
          <label className="block text-sm">For the account (email)<input name="email" type="email" required className={input} /></label>
          <label className="block text-sm">Label<input name="name" required maxLength={100} className={input} placeholder="e.g. CMS integration" /></label>
          <button type="submit" className="rounded bg-gray-900 px-3 py-1.5 text-white">Create token</button>
        </form>
      </section>
    </div>
  );
}
