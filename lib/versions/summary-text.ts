// The sentence the desk reads after an import: "Version 3 (Dana Editor, 14:05): 31 claims
// carried over unchanged, 4 edited, 2 removed, 5 new sentences offered."
import type { CarryOverIds } from '@/db/schema';

export type CarryOverGroup = keyof CarryOverIds;
export const CARRY_OVER_GROUPS: readonly CarryOverGroup[] = ['unchanged', 'edited', 'removed', 'added'];

/** How each group reads in the summary and as a filter. */
export const GROUP_LABELS: Record<CarryOverGroup, { filter: string; describe: (n: number) => string }> = {
  unchanged: { filter: 'Unchanged', describe: (n) => `${n} ${n === 1 ? 'claim' : 'claims'} carried over unchanged` },
  edited: { filter: 'Edited', describe: (n) => `${n} edited` },
  removed: { filter: 'Removed', describe: (n) => `${n} removed` },
  added: { filter: 'New', describe: (n) => `${n} new ${n === 1 ? 'sentence' : 'sentences'} offered` },
};

export function versionSummarySentence(v: { number: number; importedBy: { name: string }; carryOver: CarryOverIds }, time: string): string {
  const parts = CARRY_OVER_GROUPS.map((g) => GROUP_LABELS[g].describe(v.carryOver[g].length));
  return `Version ${v.number} (${v.importedBy.name}, ${time}): ${parts.join(', ')}.`;
}
