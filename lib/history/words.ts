// The small pieces history sentences are made of: a value of a claim field in plain words.
import type { ClaimKind, ClaimStatus } from '@/db/schema';
import { STATUS_LABELS } from '@/lib/claims/status';
import type { DescribeContext } from './types';

/** 'U.S. companies said…': a quote cut at a word boundary so a line stays a line. */
export function shortQuote(text: unknown, max = 48): string {
  const flat = String(text ?? '').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `'${flat}'`;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `'${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…'`;
}

/** "12 Mar 2026, 14:05 UTC": the same wherever it is read, in the app and in every export. */
export function historyTime(at: Date): string {
  const day = at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return `${day}, ${at.toISOString().slice(11, 16)} UTC`;
}

export function statusWords(value: unknown): string {
  return typeof value === 'string' && value in STATUS_LABELS ? STATUS_LABELS[value as ClaimStatus] : 'an unknown status';
}

export function personWords(id: unknown, ctx: DescribeContext): string {
  if (typeof id !== 'string' || !id) return 'nobody';
  return ctx.name?.(id) ?? 'a former colleague';
}

export function dueWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'no due time';
  const at = new Date(String(value));
  return Number.isNaN(at.getTime()) ? 'an unreadable time' : historyTime(at);
}

export function kindWords(value: unknown): string {
  const kinds: Record<ClaimKind, string> = { statistic: 'a statistic', quote: 'a quote', event: 'an event', forecast: 'a forecast', other: 'other' };
  return typeof value === 'string' && value in kinds ? kinds[value as ClaimKind] : 'other';
}

export function attributionWords(value: unknown): string {
  return typeof value === 'string' && value.trim() ? value.trim() : 'nobody (the article’s own assertion)';
}

export function claimRef(number: unknown, id: unknown, ctx: DescribeContext): string {
  const n = typeof number === 'number' ? number : typeof id === 'string' ? ctx.claimNumber?.(id) : undefined;
  return n === undefined ? 'another claim' : `claim ${n}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c" */
export function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
