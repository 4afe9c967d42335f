'use client';
import { useState } from 'react';
import { api, ApiError } from '@/app/_lib/api-client';

export function SignOutEverywhere() {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!confirming) {
    return <button type="button" className="rounded border border-gray-400 px-3 py-1.5 hover:bg-gray-100" onClick={() => setConfirming(true)}>Sign out everywhere…</button>;
  }
  return (
    <div role="group" aria-label="Confirm signing out everywhere" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <p>This ends every session, this one included, and your API tokens.</p>
      {error && <p role="alert" className="text-red-800">{error}</p>}
      <button type="button" className="rounded bg-gray-900 px-3 py-1.5 text-white"
        onClick={async () => {
          try {
            await api('/api/v1/me/sessions', { method: 'DELETE' });
            window.location.assign('/login?signedOut=everywhere');
          } catch (e) {
            setError(e instanceof ApiError ? e.message : 'That did not work.');
          }
        }}>
        Yes, sign out everywhere
      </button>{' '}
      <button type="button" className="rounded border border-gray-400 px-3 py-1.5" onClick={() => setConfirming(false)}>Cancel</button>
    </div>
  );
}
