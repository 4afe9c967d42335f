// Times carrying 500 claims over a revision of a ~20,000-word article: the whole version
// import (re-anchoring, extraction of the sentences carried claims do not cover, the
// transaction on a temp SQLite file)
// and the planning alone, against two references measured in the same run, interleaved
// run by run so a load spike on this shared machine hits them alike:
//   - extract() of the new text (the pipeline an import already runs), and
//   - one jsdiff word diff of the two whole bodies (what re-anchoring would cost without
//     diffing paragraphs first).
// Run: npx tsx bench/versions.ts [runs]
import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffWordsWithSpace } from 'diff';
import { closeDb, getDb } from '@/db';
import { runMigrations } from '@/db/migrate';
import { claims as claimsTable } from '@/db/schema';
import { createArticle } from '@/lib/articles/create-article';
import type { Actor } from '@/lib/auth/permissions';
import { extract } from '@/lib/extraction';
import { createUser } from '@/lib/users/manage-users';
import { carryOverVersion, prepareCarryOver } from '@/lib/versions/carry-over';
import { extractUncovered } from '@/lib/versions/new-sentences';
import { planCarryOver, type ClaimState } from '@/lib/versions/carry-plan';
import { eq } from 'drizzle-orm';

const runs = Number(process.argv[2] ?? 15);
const WARM_UP = 3;
const CLAIMS = 500;

// The article: the sample plus PolNeAR dev texts up to 20,000 words, as bench/extraction.ts builds it.
const shared = path.resolve(process.cwd(), '../shared');
let body = readFileSync(path.join(shared, 'fixtures/articles/belarus-border-2022-03-12.txt'), 'utf8').replace(/\r\n?/g, '\n');
const polnear = path.join(shared, 'data/attribution/polnear-dev/text');
for (const f of readdirSync(polnear).sort()) {
  if (body.split(/\s+/).length >= 20_000) break;
  body += `\n\n${readFileSync(path.join(polnear, f), 'utf8')}`;
}
body = body.split('\n').map((l) => l.trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();

// The revision a desk sends late in the evening: a figure or word changed in every tenth
// paragraph, every 37th paragraph cut, a new one every 41st, two paragraphs moved, spacing retyped.
const paragraphs = body.split('\n\n');
const revised: string[] = [];
paragraphs.forEach((p, i) => {
  if (i % 37 === 5) return;
  if (i % 41 === 7) revised.push(`Editors added this paragraph ${i}: officials said 1,${100 + i} people were moved on Tuesday.`);
  revised.push(i % 10 === 3 ? p.replace(/\b(\d+)\b/, '999').replace(/ the /, ' a ') : i % 13 === 4 ? p.replace(/ said /, ' said  ') : p);
});
const [moved] = revised.splice(20, 1);
revised.splice(revised.length - 15, 0, moved!);
const [moved2] = revised.splice(60, 1);
revised.splice(5, 0, moved2!);
const newBody = revised.join('\n\n');

const extraction = extract(body);
const chosen = { ...extraction, claims: extraction.claims.slice(0, CLAIMS) };
if (chosen.claims.length < CLAIMS) throw new Error(`extraction offered only ${chosen.claims.length} claims`);
const words = body.split(/\s+/).length;

const dir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-versions-'));
process.env.DATABASE_PATH = path.join(dir, 'bench.db');
runMigrations();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main() {
  const user = await createUser({ email: 'bench@desk.test', name: 'Bench Editor', role: 'editor', password: 'a long bench password' });
  const editor: Actor = { id: user.id, name: user.name, email: user.email, role: user.role };
  const imported = { title: 'Bench', body, format: 'text' as const };

  const states = (articleId: string): ClaimState[] =>
    getDb().select().from(claimsTable).where(eq(claimsTable.articleId, articleId)).all().map((c) => ({ ...c, spans: [] }));
  const planArticle = createArticle(editor, imported, chosen);
  const planInput = { currentVersion: 1, bodies: new Map([[1, body]]), newBody, newVersion: 2, claims: states(planArticle), extracted: extract(newBody).claims };

  let outcome = '';
  const contenders: Record<string, { prepare?: () => unknown; run: (prepared: unknown) => unknown }> = {
    'import a version (place + extract + write)': {
      // A fresh article per run, created outside the timing: the version import alone is timed,
      // as lib/versions/import-version.ts runs it (the worker's extraction run in-process here):
      // place the claims, extract the sentences they do not cover, then the transaction.
      prepare: () => createArticle(editor, imported, chosen),
      run: (articleId) => {
        const prepared = prepareCarryOver(articleId as string, newBody)!;
        const r = carryOverVersion(editor, articleId as string, { ...imported, title: null, dek: null, byline: null, publication: null, publishedAt: null, sourceUrl: null, fileName: null, originalHtml: null, links: [], warnings: [], body: newBody }, extractUncovered(newBody, prepared.covered), { prepared });
        outcome = `unchanged ${r.carryOver.unchanged.length}, edited ${r.carryOver.edited.length}, removed ${r.carryOver.removed.length}, added ${r.carryOver.added.length}`;
        return r;
      },
    },
    'plan alone (diff + re-anchor + coverage)': { run: () => planCarryOver(planInput) },
    'reference: extract() of the new text': { run: () => extract(newBody) },
    'reference: one word diff of the whole bodies': { run: () => diffWordsWithSpace(body, newBody) },
  };
  const names = Object.keys(contenders);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < WARM_UP + runs; i++) {
    for (const n of names) {
      const c = contenders[n]!;
      const prepared = c.prepare?.();
      const started = performance.now();
      c.run(prepared);
      const elapsed = performance.now() - started;
      if (i >= WARM_UP) times[n]!.push(elapsed);
    }
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  let nproc = String(os.cpus().length);
  try { nproc = execSync('nproc').toString().trim(); } catch { /* os.cpus() count stays */ }
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`${new Date().toISOString()} · node ${process.version}, ${cpu}, nproc ${nproc}, load ${load}`);
  console.log(`article ${words} words, ${body.length} chars, ${paragraphs.length} paragraphs; revision ${newBody.length} chars; ${CLAIMS} claims`);
  console.log(`carry-over outcome: ${outcome}`);
  console.log(`median of ${runs} interleaved runs after ${WARM_UP} warm-up:\n`);
  const reference = median(times['reference: extract() of the new text']!);
  for (const n of names) {
    const m = median(times[n]!);
    console.log(`${n.padEnd(48)} ${m.toFixed(1).padStart(8)} ms  (min ${Math.min(...times[n]!).toFixed(1)}, max ${Math.max(...times[n]!).toFixed(1)})  ${(m / reference).toFixed(2)}× extract()`);
  }
  closeDb();
  rmSync(dir, { recursive: true, force: true });
}

void main();
