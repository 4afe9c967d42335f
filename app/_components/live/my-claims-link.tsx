'use client';
// "My claims" in the navigation, with how many of the person's claims are open and how
// many overdue, kept current as claims are assigned, reassigned and given verdicts.
import { useCallback, useRef, useState } from 'react';
import { NavLink } from '@/app/_components/nav-link';
import { api } from '@/app/_lib/api-client';
import { useLiveEvents } from './live-events';

interface Counts {
  open: number;
  overdue: number;
}

export function MyClaimsLink({ initial, userId }: { initial: Counts; userId: string }) {
  const [counts, setCounts] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refresh = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    // Several changes in a burst (a bulk assignment) need one count, not one each.
    timer.current = setTimeout(async () => {
      try {
        const s = await api<{ openClaims: number; overdueClaims: number }>('/api/v1/me/summary');
        setCounts({ open: s.openClaims, overdue: s.overdueClaims });
      } catch {
        // keep the last counts
      }
    }, 300);
  }, []);

  useLiveEvents((event) => {
    const mine = event.notification || [event.change?.before?.assigneeId, event.change?.after?.assigneeId].includes(userId);
    if (mine || (event.claimId && event.type.startsWith('claim.'))) refresh();
  });

  const spoken = counts.open === 0 ? '' : `, ${counts.open} open${counts.overdue ? `, ${counts.overdue} overdue` : ''}`;
  return (
    <NavLink href="/my-claims">
      <span className="sr-only">My claims{spoken}</span>
      <span aria-hidden="true" className="inline-flex items-center gap-1">
        My claims
        {counts.open > 0 && <span className="rounded-full bg-gray-800 px-1.5 text-xs font-semibold text-white">{counts.open}</span>}
        {counts.overdue > 0 && <span className="rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white">{counts.overdue} overdue</span>}
      </span>
    </NavLink>
  );
}
