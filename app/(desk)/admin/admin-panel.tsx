'use client';
// The Admin page: people (add, role, password reset, sign out everywhere, disable) and API tokens.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiError } from '@/app/_lib/api-client';
import { PeopleSection, type Person } from './people-section';
import { TokensSection, type Token } from './tokens-section';

export type Run = (work: () => Promise<string>) => Promise<boolean>;

export function AdminPanel({ users, tokens, selfId }: { users: Person[]; tokens: Token[]; selfId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const run: Run = async (work) => {
    try {
      setMessage({ kind: 'ok', text: await work() });
      router.refresh();
      return true;
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : 'That did not work.' });
      return false;
    }
  };

  return (
    <div className="max-w-5xl space-y-8">
      <div aria-live="polite">
        {message && (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={`rounded px-3 py-2 ${message.kind === 'error' ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-800'}`}>
            {message.text}
          </p>
        )}
      </div>
      <PeopleSection users={users} selfId={selfId} run={run} />
      <TokensSection tokens={tokens} run={run} />
    </div>
  );
}
