'use client';
import { useState } from 'react';
import { api, ApiError } from '@/app/_lib/api-client';

const input = 'mt-1 w-full max-w-sm rounded border border-gray-400 px-2 py-1';

export function PasswordForm({ email }: { email: string }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function submit(form: FormData) {
    const currentPassword = String(form.get('currentPassword') ?? '');
    const newPassword = String(form.get('newPassword') ?? '');
    if (newPassword !== form.get('confirmPassword')) return setErrors({ confirmPassword: 'The two new passwords differ.' });
    setPending(true);
    setErrors({});
    try {
      await api('/api/v1/me/password', { body: { currentPassword, newPassword } });
      window.location.assign('/login?passwordChanged=1');
    } catch (e) {
      const fields = e instanceof ApiError ? e.fields : undefined;
      setErrors(fields ? Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[0]!])) : { form: e instanceof Error ? e.message : 'That did not work.' });
      setPending(false);
    }
  }

  const error = (name: string) =>
    errors[name] ? <p id={`${name}-error`} className="mt-1 text-sm text-red-800">{errors[name]}</p> : null;

  return (
    <form action={submit} className="space-y-3" noValidate>
      {errors.form && <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">{errors.form}</p>}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      {[
        ['currentPassword', 'Current password', 'current-password'],
        ['newPassword', 'New password (at least 10 characters, not a common one, not your email)', 'new-password'],
        ['confirmPassword', 'New password again', 'new-password'],
      ].map(([name, label, complete]) => (
        <div key={name}>
          <label htmlFor={name} className="block text-sm font-medium">{label}</label>
          <input id={name} name={name} type="password" autoComplete={complete} required className={input}
            aria-invalid={errors[name!] ? true : undefined} aria-describedby={errors[name!] ? `${name}-error` : undefined} />
          {error(name!)}
        </div>
      ))}
      <button type="submit" disabled={pending} className="rounded bg-gray-900 px-3 py-1.5 text-white disabled:opacity-60">
        {pending ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
