// Realistic export input for tests and the benchmark: a short article with claims in every
// status, evidence with every stance, comments, history, a claim repeated in the headline and
// dek, and overlapping and nested spans. Not imported by product code.
import { CLAIM_STATUSES, STANCES, type ClaimStatus, type Stance } from '@/db/schema';
import type { ExportArticle, ExportClaim, ExportEvidence, ExportPerson, ExportSpan } from './types';

export const FIXTURE_NOW = new Date('2026-03-14T12:00:00Z');

export const EDITOR: ExportPerson = { id: 'u-editor', name: 'Maria Kovalenko', email: 'maria@example.org' };
export const REVIEWER: ExportPerson = { id: 'u-reviewer', name: 'Tom Reid', email: 'tom@example.org' };

export const FIXTURE_BODY = [
  'Belarus moves troops to border, Ukraine says',
  'Kyiv says 1,000 soldiers massed near Brest; Minsk denies any build-up',
  "KYIV — Ukraine's border service said on Saturday that about 1,000 Belarusian soldiers had moved to within 20 km of the border near Brest.",
  '"We see columns of armoured vehicles every night," said Andriy Demchenko, the service\'s spokesman. The Belarusian Defence Ministry denied any build-up and called the reports "a provocation".',
  'TASS reported, citing the ministry, that the troops were taking part in scheduled exercises that would end on 20 March. Kharkiv mayor Ihor Terekhov said 1,582 residential buildings in the city had been destroyed since 24 February.',
  'More than 2.5 million people have fled Ukraine since the invasion began, according to the UN refugee agency.',
].join('\n\n');

/** The span of the n-th occurrence of `quote` in `body`, with W3C-style prefix and suffix. */
export function spanOf(body: string, quote: string, occurrence = 1): ExportSpan {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = body.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`Quote not in body: ${quote}`);
  const end = start + quote.length;
  return { start, end, quote, prefix: body.slice(Math.max(0, start - 32), start), suffix: body.slice(end, end + 32) };
}

const at = (iso: string) => new Date(iso);

export function evidence(id: string, stance: Stance, publisher: string, url: string, extra: Partial<ExportEvidence> = {}): ExportEvidence {
  return {
    id, url, title: `${publisher} report`, publisher, stance, excerpt: null, note: null, archiveUrl: null,
    addedBy: REVIEWER, createdAt: at('2026-03-13T09:00:00Z'), ...extra,
  };
}

interface ClaimSeed {
  quote: string;
  occurrence?: number;
  other?: [string, number?][];
  statement: string;
  attribution: string | null;
  kind: ExportClaim['kind'];
  status: ClaimStatus;
  assignee?: ExportPerson | null;
  dueAt?: Date | null;
  evidence?: ExportEvidence[];
  comments?: string[];
}

const SEEDS: ClaimSeed[] = [
  {
    quote: 'about 1,000 Belarusian soldiers had moved to within 20 km of the border near Brest',
    other: [['Belarus moves troops to border'], ['1,000 soldiers massed near Brest']],
    statement: 'About 1,000 Belarusian soldiers moved to within 20 km of the border near Brest.',
    attribution: "Ukraine's border service", kind: 'statistic', status: 'disputed', assignee: REVIEWER,
    evidence: [
      evidence('e1', 'supports', 'Reuters', 'https://www.reuters.com/world/europe/belarus-troops-2026-03-12/', { excerpt: 'Ukraine said about 1,000 troops…', archiveUrl: 'https://web.archive.org/web/2026/https://www.reuters.com/x' }),
      evidence('e2', 'contradicts', 'BelTA', 'https://www.belta.by/society/view/exercises-2026', { note: 'State agency; says 300 troops, not 1,000.' }),
    ],
    comments: ['Satellite imagery from Maxar would settle this, asked the picture desk.'],
  },
  {
    quote: 'We see columns of armoured vehicles every night',
    statement: 'Columns of armoured vehicles are seen every night.', attribution: 'Andriy Demchenko', kind: 'quote',
    status: 'in_progress', assignee: REVIEWER, dueAt: at('2026-03-13T18:00:00Z'),
  },
  {
    quote: 'The Belarusian Defence Ministry denied any build-up',
    statement: 'The Belarusian Defence Ministry denied any build-up.', attribution: 'Belarusian Defence Ministry', kind: 'event',
    status: 'confirmed', assignee: REVIEWER,
    evidence: [
      evidence('e3', 'supports', 'Reuters', 'https://www.reuters.com/world/europe/minsk-denies-2026-03-12/'),
      evidence('e4', 'supports', 'AP', 'https://apnews.com/article/belarus-ukraine-border-denial'),
      evidence('e5', 'context', 'Meduza', 'http://meduza.io/en/feature/2026/03/12/exercises'),
    ],
  },
  {
    quote: 'TASS reported, citing the ministry, that the troops were taking part',
    statement: 'TASS reported, citing the ministry, that the troops were on exercises.', attribution: 'TASS', kind: 'other',
    status: 'dismissed', comments: ['This is the attribution, not a separate claim.'],
  },
  {
    quote: 'the troops were taking part in scheduled exercises that would end on 20 March',
    statement: 'The troops are on scheduled exercises ending on 20 March.', attribution: 'TASS', kind: 'forecast',
    status: 'single_source', assignee: REVIEWER,
    evidence: [evidence('e6', 'supports', 'TASS', 'https://tass.com/defense/2026-03-12')],
  },
  {
    quote: 'Kharkiv mayor Ihor Terekhov said 1,582 residential buildings in the city had been destroyed since 24 February',
    statement: '1,582 residential buildings in Kharkiv were destroyed between 24 February and 12 March.',
    attribution: 'Kharkiv mayor Ihor Terekhov', kind: 'statistic', status: 'unchecked', assignee: null, dueAt: at('2026-03-16T12:00:00Z'),
  },
  {
    quote: 'More than 2.5 million people have fled Ukraine since the invasion began',
    statement: 'More than 2.5 million people have fled Ukraine since 24 February.', attribution: 'UN refugee agency',
    kind: 'statistic', status: 'confirmed', assignee: EDITOR,
    evidence: [
      evidence('e7', 'supports', 'UNHCR', 'https://data.unhcr.org/en/situations/ukraine'),
      evidence('e8', 'supports', 'BBC', 'https://www.bbc.com/news/world-europe-60555472'),
    ],
  },
  {
    quote: '2.5 million',
    statement: 'The refugee count is 2.5 million, not 2.5 million households.', attribution: null, kind: 'statistic',
    status: 'unchecked', dueAt: at('2026-03-14T09:00:00Z'),
  },
];

function history(status: ClaimStatus, i: number): ExportClaim['history'] {
  const created = { at: at('2026-03-12T10:00:00Z'), actor: EDITOR, action: 'claim.created', before: null, after: { status: 'unchecked' } };
  if (status === 'unchecked') return [created];
  return [
    created,
    { at: at(`2026-03-13T1${i % 10}:15:00Z`), actor: REVIEWER, action: 'claim.status_changed', before: { status: 'unchecked' }, after: { status } },
  ];
}

export function buildFixtureArticle(): ExportArticle {
  const body = FIXTURE_BODY;
  const claims = SEEDS.map((seed, i): Omit<ExportClaim, 'number'> => ({
    id: `c${i + 1}`,
    span: spanOf(body, seed.quote, seed.occurrence),
    otherSpans: (seed.other ?? []).map(([q, n]) => spanOf(body, q, n)),
    statement: seed.statement,
    attribution: seed.attribution,
    kind: seed.kind,
    score: 0.5 + i / 20,
    status: seed.status,
    assignee: seed.assignee ?? null,
    dueAt: seed.dueAt ?? null,
    version: 2,
    createdAt: at('2026-03-12T10:00:00Z'),
    updatedAt: at('2026-03-13T15:00:00Z'),
    evidence: seed.evidence ?? [],
    comments: (seed.comments ?? []).map((text, j) => ({ id: `m${i}-${j}`, author: EDITOR, body: text, createdAt: at('2026-03-13T11:00:00Z') })),
    history: history(seed.status, i),
    ...IN_TEXT,
  }));
  claims.sort((a, b) => a.span.start - b.span.start);
  return {
    id: 'a-belarus',
    title: 'Belarus moves troops to border, Ukraine says',
    dek: 'Kyiv says 1,000 soldiers massed near Brest; Minsk denies any build-up',
    byline: 'Olena Marchenko',
    publication: 'The Kyiv Courier',
    sourceUrl: 'https://kyivcourier.example/2026/03/12/belarus-border',
    publishedAt: '2026-03-12',
    body,
    importedBy: EDITOR,
    createdAt: at('2026-03-12T09:30:00Z'),
    version: { number: 1, createdAt: at('2026-03-12T09:30:00Z'), importedBy: EDITOR },
    claims: claims.map((c, i) => ({ ...c, number: i + 1 })),
    removedClaims: [],
  };
}

const IN_TEXT = { anchor: 'current', previousQuote: null, needsRecheck: false, lastSeenInVersion: null } as const;

/**
 * The fixture as version 3: the mayor's figure changed after it was confirmed (a re-check is
 * owed), and a claim whose passage version 3 removed, with its evidence.
 */
export function buildRevisedFixtureArticle(): ExportArticle {
  const base = buildFixtureArticle();
  const body = base.body.replace('1,582 residential', '1,600 residential');
  const claims = base.claims.map((c) => {
    if (!c.span.quote.includes('1,582')) return { ...c, span: spanOf(body, c.span.quote), otherSpans: c.otherSpans.map((o) => spanOf(body, o.quote)) };
    const quote = c.span.quote.replace('1,582', '1,600');
    return { ...c, status: 'confirmed' as const, span: spanOf(body, quote), anchor: 'edited' as const, previousQuote: c.span.quote, needsRecheck: true };
  });
  const removed: ExportClaim = {
    ...claims[1]!,
    id: 'c-removed',
    number: claims.length + 1,
    span: { start: 200, end: 241, quote: 'The strike killed 14 people, officials said', prefix: '', suffix: '.' },
    otherSpans: [],
    statement: 'The strike killed 14 people.',
    status: 'single_source',
    anchor: 'removed',
    lastSeenInVersion: 2,
    evidence: [evidence('e9', 'supports', 'Ukrinform', 'https://www.ukrinform.net/rubric-ato/strike')],
  };
  return { ...base, body, version: { number: 3, createdAt: at('2026-03-14T14:05:00Z'), importedBy: EDITOR }, claims, removedClaims: [removed] };
}

/** A synthetic article for the benchmark: `count` claims, `evidencePerClaim` sources each, two history entries. */
export function buildSyntheticArticle(count: number, evidencePerClaim = 3): ExportArticle {
  const parts: string[] = [];
  const spans: ExportSpan[] = [];
  let length = 0;
  for (let i = 0; i < count; i++) {
    const sentence = `The ministry said ${1000 + i} people were moved from district ${i % 37} on ${(i % 28) + 1} March.`;
    const sep = i === 0 ? '' : i % 5 === 0 ? '\n\n' : ' ';
    const start = length + sep.length;
    parts.push(sep + sentence);
    length = start + sentence.length;
    spans.push({ start, end: length - 1, quote: sentence.slice(0, -1), prefix: '', suffix: '.' });
  }
  const body = parts.join('');
  const claims = spans.map((span, i): ExportClaim => ({
    id: `syn-${i}`,
    number: i + 1,
    span,
    // Every tenth claim also covers the start of the next sentence: overlap on the hot path.
    otherSpans: i % 10 === 0 && i + 1 < count ? [{ ...spans[i + 1], end: spans[i + 1].start + 10 }] : [],
    statement: `About ${1000 + i} people were moved.`,
    attribution: i % 3 === 0 ? 'Ministry of Defence' : 'Ivan Petrov',
    kind: 'statistic',
    score: (i % 100) / 100,
    status: CLAIM_STATUSES[i % CLAIM_STATUSES.length],
    assignee: i % 2 ? REVIEWER : null,
    dueAt: new Date(FIXTURE_NOW.getTime() + ((i % 7) - 3) * 86_400_000),
    version: 3,
    createdAt: at('2026-03-12T10:00:00Z'),
    updatedAt: at('2026-03-13T10:00:00Z'),
    evidence: Array.from({ length: evidencePerClaim }, (_, j) =>
      evidence(`syn-${i}-${j}`, STANCES[j % STANCES.length], `Publisher ${j}`, `https://example${j}.org/story/${i}?ref=${j}`, { note: 'Checked against the original PDF.' })),
    comments: [{ id: `syn-m-${i}`, author: EDITOR, body: 'Please look at the ministry briefing.', createdAt: at('2026-03-13T11:00:00Z') }],
    history: history(CLAIM_STATUSES[i % CLAIM_STATUSES.length], i).concat({
      at: at('2026-03-13T16:00:00Z'), actor: REVIEWER, action: 'claim.assigned', before: { assigneeId: null }, after: { assigneeId: REVIEWER.id },
    }),
    ...IN_TEXT,
  }));
  return { ...buildFixtureArticle(), id: 'a-synthetic', title: `Synthetic article with ${count} claims`, body, claims };
}
