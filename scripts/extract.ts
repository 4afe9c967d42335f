// Extraction from the command line.
//   npm run --silent extract -- FILE            one article → JSON {id, blocks, sentences, claims}
//   npm run --silent extract -- FILE --table    a readable table of the claims
//   npm run --silent extract -- --jsonl         JSON lines {"id","text"} on stdin → one line each
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { extract, type Extraction } from '../lib/extraction';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

function table(text: string, e: Extraction): string {
  const rows = e.claims.map((c, n) => {
    const who = c.attribution ? `${c.attribution.source}${c.attribution.sourceSpan ? '' : ' (carried)'}${c.attribution.via ? ` via ${c.attribution.via}` : ''}` : '—';
    const excerpt = c.text.length > 70 ? c.text.slice(0, 69) + '…' : c.text;
    return `${String(n + 1).padStart(3)}  ${c.score.toFixed(2)} ${c.checkworthy ? '✓' : ' '}  ${c.kind.padEnd(9)}  ${excerpt.padEnd(70)}  ${who}${c.duplicates.length ? `  [+${c.duplicates.length} repeat]` : ''}`;
  });
  const kinds = e.blocks.reduce<Record<string, number>>((acc, b) => ((acc[b.kind] = (acc[b.kind] ?? 0) + 1), acc), {});
  const head = `${e.claims.length} claims (${e.claims.filter((c) => c.checkworthy).length} check-worthy) in ${e.sentences.length} sentences; blocks: ${Object.entries(kinds).map(([k, v]) => `${v} ${k}`).join(', ')}; ${text.length} characters`;
  return [head, '  #  score   kind       claim'.padEnd(90) + '  attribution', ...rows].join('\n') + '\n';
}

async function jsonl(): Promise<void> {
  let line = 0, bad = 0;
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    line++;
    if (raw.trim() === '') continue;
    let input: unknown;
    try { input = JSON.parse(raw); } catch { bad++; process.stderr.write(`extract: line ${line}: not JSON\n`); continue; }
    const { id, text } = (input ?? {}) as { id?: unknown; text?: unknown };
    if (typeof text !== 'string' || (id !== undefined && typeof id !== 'string' && typeof id !== 'number')) {
      bad++;
      process.stderr.write(`extract: line ${line}: expected {"id": string, "text": string}\n`);
      continue;
    }
    process.stdout.write(JSON.stringify({ id: id ?? null, ...extract(text) }) + '\n');
  }
  if (bad) process.exit(1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.length === 0) {
    process.stderr.write('usage: extract FILE [--table] | extract --jsonl < lines.jsonl\n');
    process.exit(args.length === 0 ? 2 : 0);
  }
  if (args.includes('--jsonl')) {
    return jsonl();
  } else {
    const files = args.filter((a) => !a.startsWith('--'));
    const unknown = args.filter((a) => a.startsWith('--') && a !== '--table');
    if (unknown.length) fail(`unknown option ${unknown.join(' ')}`);
    if (files.length !== 1) fail('give exactly one file');
    let text: string;
    try { text = readFileSync(files[0]!, 'utf8'); } catch (err) { fail(`cannot read ${files[0]}: ${(err as Error).message}`); }
    if (text.includes('\u0000')) fail(`${files[0]} looks binary, not text`);
    const e = extract(text);
    if (args.includes('--table')) process.stdout.write(table(text, e));
    else process.stdout.write(JSON.stringify({ id: path.basename(files[0]!), ...e }, null, 2) + '\n');
  }
}

main().catch((err: unknown) => fail((err as Error).message));
