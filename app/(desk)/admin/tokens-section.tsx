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
        <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white text-sm">
          {tokens.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2">
              <span className="min-w-0 flex-1 basis-56">
                <span className="block font-medium"><ShownText text={t.name} /></span>
                <span className="block [overflow-wrap:anywhere] text-gray-700">for {t.email}</span>
                <span className="block text-gray-700">Created {t.created} · last used {t.lastUsed ?? 'never'}</span>
              </span>
              <span className={`rounded px-1 text-xs ${t.state === 'active' ? 'bg-green-100 text-green-900' : 'bg-gray-200 text-gray-800'}`}>{stateLabel(t)}</span>
              {t.state === 'active' && (
                <button type="button" className="rounded border border-gray-400 px-2 py-0.5 hover:bg-gray-100"
                  onClick={() => run(async () => { await api(`/api/v1/tokens/${t.id}`, { method: 'DELETE' }); return `Token “${t.name}” revoked.`; })}>
                  Revoke<span className="sr-only"> {t.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
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
