'use client';
// A navigation link that tells sighted and screen-reader users which page they are on.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}
      className={`rounded px-2 py-1 hover:bg-gray-100 ${current ? 'bg-gray-100 font-semibold' : ''}`}>
      {children}
    </Link>
  );
}
