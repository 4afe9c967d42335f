'use client';
// After a new version: what happened to the claims, in one sentence, each group a filter.
import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { CarryOverIds } from '@/db/schema';
import { CARRY_OVER_GROUPS, GROUP_LABELS, versionSummarySentence, type CarryOverGroup } from '@/lib/versions/summary-text';

export interface BoardVersion {
  number: number;
  createdAt: string;
  importedBy: { id: string; name: string };
  carryOver: CarryOverIds | null;
}

const hhmm = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

export function VersionSummary({ articleId, version, active, onFilter, justImported }: {
  articleId: string;
  version: BoardVersion;
  active: CarryOverGroup | null;
  onFilter: (group: CarryOverGroup | null) => void;
  justImported: boolean;
}) {
  // Times are shown in the reader's own zone, which only the browser knows.
  const [time, setTime] = useState<string | null>(null);
  useEffect(() => setTime(hhmm(version.createdAt)), [version.createdAt]);
  if (!version.carryOver) return null;
  const carryOver = version.carryOver;
  return (
    <section aria-labelledby="version-summary-heading" className={`rounded border p-3 text-sm ${justImported ? 'border-green-700 bg-green-50' : 'border-gray-300 bg-white'}`}>
      <h2 id="version-summary-heading" className="sr-only">What version {version.number} did to the claims</h2>
      <p role={justImported ? 'status' : undefined} className="font-medium">
        {versionSummarySentence({ ...version, carryOver }, time ?? new Date(version.createdAt).toISOString().slice(11, 16) + ' UTC')}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2" role="group" aria-label={`Show claims by what version ${version.number} did to them`}>
        {CARRY_OVER_GROUPS.map((g) => (
          <button key={g} type="button" aria-pressed={active === g} disabled={carryOver[g].length === 0}
            className={`rounded border px-2 py-1 disabled:opacity-50 ${active === g ? 'border-gray-900 bg-gray-900 text-white' : 'border-gray-400 bg-white hover:bg-gray-100'}`}
            onClick={() => onFilter(active === g ? null : g)}>
            {GROUP_LABELS[g].filter} ({carryOver[g].length})
          </button>
        ))}
        {active && <button type="button" className="underline" onClick={() => onFilter(null)}>Show all claims</button>}
        <span className="ml-auto flex gap-3">
          <Link className="underline" href={`/articles/${articleId}/compare?from=${version.number - 1}&to=${version.number}`}>Compare with version {version.number - 1}</Link>
          <Link className="underline" href={`/articles/${articleId}/versions`}>All versions</Link>
        </span>
      </div>
    </section>
  );
}
