import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentActor } from '@/lib/auth/page';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  if (await currentActor()) redirect('/articles');
  return (
    <main id="main" className="mx-auto mt-24 max-w-sm rounded-lg border border-gray-200 bg-white p-8 shadow-sm">
      <h1 className="mb-1 font-serif text-3xl font-bold">Claimdesk</h1>
      <p className="mb-6 text-sm text-gray-600">Sign in to check claims.</p>
      {(params.signedOut || params.passwordChanged) && (
        <p role="status" className="mb-4 rounded bg-green-50 px-3 py-2 text-sm text-green-800">
          {params.passwordChanged
            ? 'Your password is changed and every session has ended. Sign in with the new password.'
            : params.signedOut === 'everywhere'
              ? 'You are signed out everywhere.'
              : 'You are signed out.'}
        </p>
      )}
      <LoginForm callbackUrl={params.callbackUrl} />
    </main>
  );
}
