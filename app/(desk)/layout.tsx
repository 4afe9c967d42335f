import Link from 'next/link';
import { ArchiveSearchBox } from '@/app/_components/archive-search-box';
import { LiveEventsProvider } from '@/app/_components/live/live-events';
import { MyClaimsLink } from '@/app/_components/live/my-claims-link';
import { NotificationBell } from '@/app/_components/live/notification-bell';
import { NavLink } from '@/app/_components/nav-link';
import { ShownText } from '@/app/_components/shown-text';
import { signOutAction } from '@/app/login/actions';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/page';
import { getQueueSummary } from '@/lib/claims/queries';
import { unreadCount } from '@/lib/notifications/queries';

const ROLE_NAMES = { editor: 'Editor', reviewer: 'Reviewer', admin: 'Admin' } as const;

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  // My claims sits second, as a link with its own live badge (open and overdue).
  const nav = [
    ...(can(actor, 'users.manage') ? [{ href: '/admin', label: 'Admin' }] : []),
    { href: '/settings', label: 'Settings' },
  ];
  return (
    <LiveEventsProvider>
      <header className="border-b border-gray-300 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="font-serif text-xl font-bold">
            Claimdesk
          </Link>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm sm:gap-x-4">
              <li><NavLink href="/articles">Articles</NavLink></li>
              <li><MyClaimsLink initial={getQueueSummary({ actor })} userId={actor.id} /></li>
              {nav.map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <ArchiveSearchBox />
          <div className="ml-auto flex items-center gap-3 text-sm">
            <NotificationBell initialUnread={unreadCount(actor.id)} />
            <span className="hidden sm:inline">
              <span className="font-medium"><ShownText text={actor.name} /></span>{' '}
              <span className="rounded bg-gray-100 px-2 py-0.5 text-gray-700">{ROLE_NAMES[actor.role]}</span>
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-gray-400 px-3 py-1 hover:bg-gray-100">
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </LiveEventsProvider>
  );
}
