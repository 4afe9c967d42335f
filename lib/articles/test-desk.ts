// Test fixtures for the desk: people in each role and an article whose extraction is
// written by hand, so the desk's tests never depend on the extractor's heuristics.
import { getSqlite, onQuery } from '@/db';
import type { Actor } from '@/lib/auth/permissions';
import type { ExtractedClaim, Extraction } from '@/lib/extraction/types';
import { createUser } from '@/lib/users/manage-users';
import { createArticle } from './create-article';

export const SAMPLE_BODY = [
  'Kharkiv restores power after strike',
  'City says 1,582 homes are still without heat',
  'KHARKIV — Russian missiles hit a power station on Tuesday, the regional governor said.',
  '"We restored power to 90 percent of the city by evening," Kharkiv mayor Ihor Terekhov told reporters. Officials said 1,582 homes are still without heat.',
  'The ministry said repairs would cost $119 billion over a decade.',
].join('\n\n');

let counter = 0;

export async function person(role: Actor['role'], name: string): Promise<Actor> {
  counter += 1;
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${counter}@desk.test`;
  const user = await createUser({ email, name, role, password: 'a long test password' });
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/** The n-th occurrence (0-based) of `text` in `body`, as a span. */
export function spanOf(body: string, text: string, occurrence = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = body.indexOf(text, at + 1);
    if (at === -1) throw new Error(`"${text}" is not in the body`);
  }
  return [at, at + text.length];
}

export function claimAt(body: string, text: string, extra: Partial<ExtractedClaim> = {}): ExtractedClaim {
  const [start, end] = spanOf(body, text);
  return { start, end, text, kind: 'other', score: 0.5, checkworthy: true, reasons: [], attribution: null, duplicates: [], ...extra };
}

/** Blocks are the body's paragraphs; claims are whatever the test says they are. */
export function handExtraction(body: string, claims: ExtractedClaim[]): Extraction {
  const blocks: Extraction['blocks'] = [];
  let start = 0;
  for (const part of body.split('\n\n')) {
    blocks.push({ kind: blocks.length === 0 ? 'headline' : 'paragraph', start, end: start + part.length });
    start += part.length + 2;
  }
  return { blocks, sentences: [], claims };
}

export const SAMPLE_CLAIMS = (body = SAMPLE_BODY): ExtractedClaim[] => [
  claimAt(body, 'Russian missiles hit a power station on Tuesday', {
    kind: 'event',
    score: 0.8,
    attribution: { source: 'the regional governor', sourceSpan: spanOf(body, 'the regional governor'), cueSpan: spanOf(body, 'said') },
  }),
  claimAt(body, 'We restored power to 90 percent of the city by evening', {
    kind: 'statistic',
    score: 0.9,
    attribution: { source: 'Kharkiv mayor Ihor Terekhov', sourceSpan: spanOf(body, 'Kharkiv mayor Ihor Terekhov'), cueSpan: null },
  }),
  claimAt(body, '1,582 homes are still without heat', {
    kind: 'statistic',
    score: 0.7,
    duplicates: [spanOf(body, '1,582 homes are still without heat', 1)],
  }),
  claimAt(body, 'repairs would cost $119 billion over a decade', { kind: 'forecast', score: 0.6 }),
];

export function importSample(editor: Actor, title: string | null = 'Kharkiv restores power', body = SAMPLE_BODY): string {
  return createArticle(editor, { title, body, format: 'text' }, handExtraction(body, SAMPLE_CLAIMS(body)));
}

/** Counts the SQL statements `work` runs, to prove a read does not run one query per row. */
export function countQueries<T>(work: () => T): { result: T; queries: number } {
  // Every run of a drizzle query, prepared once or built anew (drizzle logs each run), and
  // every statement prepared on the driver directly.
  const sqlite = getSqlite();
  const prepare = sqlite.prepare.bind(sqlite);
  let queries = 0;
  const stop = onQuery(() => { queries += 1; });
  sqlite.prepare = ((source: string) => {
    queries += 1;
    return prepare(source);
  }) as typeof sqlite.prepare;
  try {
    return { result: work(), queries };
  } finally {
    stop();
    // Drop the counting stand-in so the driver's own method shows through again.
    delete (sqlite as { prepare?: unknown }).prepare;
  }
}
