'use client';
// API tokens: who they act for, when they were made and last used, and whether they still work.
import { useState } from 'react';
import { ShownText } from '@/app/_components/shown-text';
import { api } from '@/app/_lib/api-client';
import type { Run } from './admin-panel';

export interface Token {
  id: string;
  name: string;
  email: string;
  created: string;
  lastUsed: string | null;
  state: 'active' | 'revoked' | 'inactive';
  revokedOn: string | null;
}

const input = 'mt-1 w-full rounded border border-gray-400 px-2 py-1';

function stateLabel(t: Token): string {
  if (t.state === 'inactive') return 'Inactive: the account is disabled';
  if (t.state === 'revoked') return `Revoked ${t.revokedOn}`;
  return 'Active';
}

export function TokensSection({ tokens, run }: { tokens: Token[]; run: Run }) {
  const [newToken, setNewToken] = useState<string | null>(null);
  return (
    <section aria-labelledby="tokens">
      <h2 id="tokens" className="mb-3 text-xl font-semibold">API tokens</h2>
      {tokens.length === 0 ? <p className="text-sm text-gray-600">No API tokens yet. Create one for a script or another newsroom system.</p> : (
        <div className="overflow-x-auto">
        <table className="w-full text-left text-sm [&_td]:pr-3 [&_th]:pr-3">
          <thead><tr><th className="py-1">Label</th><th>Account</th><th>Created</th><th>Last used</th><th>State</th><th><span className="sr-only">Actions</span></th></tr></thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} className="border-t border-gray-200 align-top">
                <td className="py-2"><ShownText text={t.name} /></td>
                <td className="py-2">{t.email}</td>
                <td className="whitespace-nowrap py-2">{t.created}</td>
                <td className="whitespace-nowrap py-2">{t.lastUsed ?? 'Never'}</td>
                <td className="py-2">
                  <span className={`rounded px-1 text-xs ${t.state === 'active' ? 'bg-green-100 text-green-900' : 'bg-gray-200 text-gray-800'}`}>{stateLabel(t)}</span>
                </td>
                <td className="py-2 text-right">
                  {t.state === 'active' && (
                    <button type="button" className="rounded border border-gray-400 px-2 py-0.5"
                      onClick={() => run(async () => { await api(`/api/v1/tokens/${t.id}`, { method: 'DELETE' }); return `Token “${t.name}” revoked.`; })}>
                      Revoke<span className="sr-only"> {t.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {newToken && <p className="mt-3 break-all rounded bg-yellow-50 p-2 font-mono text-sm" aria-label="New token">{newToken}</p>}
      <form className="mt-6 max-w-xl space-y-2 rounded border border-gray-200 bg-white p-4"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          await run(async () => {
            const created = await api<{ token: string }>('/api/v1/tokens', { body: Object.fromEntries(form) });
            setNewToken(created.token);
            return 'Token created. Copy it now: it will not be shown again.';
          });
        }}>
        <h3 className="font-semibold">Create a token</h3>
        <label className="block text-sm">For the account (email)<input name="email" type="email" required className={input} /></label>
        <label className="block text-sm">Label<input name="name" required maxLength={100} className={input} placeholder="e.g. CMS integration" /></label>
        <button type="submit" className="rounded bg-gray-900 px-3 py-1.5 text-white">Create token</button>
      </form>
    </section>
  );
}
