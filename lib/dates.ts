// Dates as the desk reads them, with formatters built once: Intl.DateTimeFormat is costly
// to construct (toLocaleString builds one per call, ~70 µs) and cheap to reuse (~1 µs).
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** "12 Mar 2022, 14:05 UTC" */
export function formatDateTime(d: Date | number): string {
  return `${dateTime.format(d)} UTC`;
}

/** "12 Mar 2022" */
export function formatDate(d: Date | number): string {
  return shortDate.format(d);
}

/** "12 March", with the year only when it is not the current one: "12 March 2021". */
export function formatDay(d: Date | number, now: Date = new Date()): string {
  const year = new Date(d).getUTCFullYear();
  return (year === now.getUTCFullYear() ? dayMonth : dayMonthYear).format(d);
}

/** A calendar day ("2026-03-12", UTC) as times: its start, and the start of the next (a "to" filter includes its whole day). */
export function dayBounds(day: string): { start: number; end: number } {
  const start = Date.parse(`${day}T00:00:00Z`);
  return { start, end: start + 86_400_000 };
}
