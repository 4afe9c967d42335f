// One section of the Settings page: a heading, a line saying what it is for, and its
// controls. Every section (account, password, sessions, and later notifications) uses it.
export function SettingsSection({ id, title, description, children }: { id: string; title: string; description: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded border border-gray-200 bg-white p-5">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">{title}</h2>
      <p className="mb-4 mt-1 text-sm text-gray-700">{description}</p>
      {children}
    </section>
  );
}
