import Link from 'next/link';

export function ErrorPage({ code, title, children }: { code: string; title: string; children: React.ReactNode }) {
  return (
    <main id="main" className="mx-auto mt-24 max-w-lg px-4 text-center">
      <p className="text-sm font-semibold tracking-wide text-gray-500">Error {code}</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{title}</h1>
      <div className="mt-4 text-gray-700">{children}</div>
      <p className="mt-8">
        <Link href="/articles" className="text-blue-700 underline">
          Back to articles
        </Link>
      </p>
    </main>
  );
}
