// Publication dates as pages write them ("2015-09-17T16:57:43+01:00", "Wed, 02 Nov 2016
// 08:00:00 GMT", "March 11, 2015 3:46 PM EST", "20140902") to ISO 8601: a calendar date, or
// a date and time with its zone when the page gives one. A time without a zone stays
// without one rather than being guessed. Patterns are anchored and read short strings.

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1–12 for a month's name or its abbreviation ("Sept", "Nov"), else 0. */
function month(word: string): number {
  const w = word.toLowerCase();
  if (w.length < 3) return 0;
  return MONTH_NAMES.findIndex((name) => name.startsWith(w)) + 1;
}
// North American zones as news sites print them; anything else must be numeric or UTC.
const ZONES: Record<string, string> = {
  z: 'Z', utc: 'Z', gmt: 'Z', ut: 'Z',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function zone(text: string | undefined): string | null | undefined {
  if (text === undefined || text === '') return null;
  const t = text.trim().toLowerCase();
  if (ZONES[t]) return ZONES[t];
  const m = /^(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?$/.exec(t);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return hours === 0 && minutes === 0 ? 'Z' : `${m[1]}${pad(hours)}:${pad(minutes)}`;
}

function compose(y: number, mo: number, d: number, time?: { h: number; mi: number; s?: number; frac?: string }, tz?: string | null): string | null {
  if (!validDate(y, mo, d)) return null;
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (!time) return date;
  if (time.h > 23 || time.mi > 59 || (time.s ?? 0) > 60) return null;
  return `${date}T${pad(time.h)}:${pad(time.mi)}:${pad(time.s ?? 0)}${time.frac ? `.${time.frac}` : ''}${tz ?? ''}`;
}

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?\.?$/i;
const YEAR = /^\d{4}$/;
const TIME = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?([ap]\.?m\.?)?$/i;
const MERIDIEM = /^[ap]\.?m\.?$/i;

/** "3:46 PM EST", "15:46:00 +0100", "10:15 a.m." as a time and a zone (null when none is given). */
function clock(tokens: string[]): { time?: { h: number; mi: number; s?: number }; tz: string | null } | null {
  const rest = tokens[0]?.toLowerCase() === 'at' ? tokens.slice(1) : tokens;
  if (!rest.length) return { tz: null };
  const m = TIME.exec(rest[0]!);
  if (!m) return null;
  let i = 1;
  let meridiem = m[4];
  if (!meridiem && rest[i] && MERIDIEM.test(rest[i]!)) meridiem = rest[i++];
  let h = Number(m[1]);
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem[0]!.toLowerCase() === 'p' ? 12 : 0);
  } else if (!m[2]) return null;
  const tz = rest[i] ? zone(rest[i]!.replace(/^\(|\)$/g, '')) : null;
  if (tz === undefined) return null;
  return { time: { h, mi: Number(m[2] ?? 0), s: m[3] ? Number(m[3]) : undefined }, tz };
}

/** "Wed, 02 Nov 2016 08:00:00 GMT", "2 November 2016", "November 2, 2016 3:46 PM EST", read word by word. */
function writtenDate(text: string): string | null {
  const words = text.replace(/,/g, ' ').split(' ').filter(Boolean);
  // A weekday before the date ("Wed", "Tuesday") is not a month.
  if (words[0] && /^\p{L}+\.?$/u.test(words[0]) && !month(words[0].replace(/\.$/, '')) && words.length > 3) words.shift();
  const [a, b, c] = words;
  if (!a || !b || !c || !YEAR.test(c)) return null;
  const dayFirst = DAY.exec(a);
  const dayAfter = DAY.exec(b);
  const mo = dayFirst ? month(b.replace(/\.$/, '')) : month(a.replace(/\.$/, ''));
  const day = Number((dayFirst ?? dayAfter)?.[1]);
  if (!mo || !day) return null;
  const at = clock(words.slice(3));
  if (!at || !at.time) return compose(Number(c), mo, day);
  return compose(Number(c), mo, day, at.time, at.tz);
}

/** ISO 8601 for a date as a page writes it, or null when it is not a date this reads with confidence. */
export function normalizeDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text || text.length > 80) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, tz] = iso;
    const z = zone(tz);
    if (z === undefined) return null;
    return compose(Number(y), Number(mo), Number(d), h ? { h: Number(h), mi: Number(mi), s: s ? Number(s) : undefined, frac } : undefined, z);
  }
  return writtenDate(text);
}
