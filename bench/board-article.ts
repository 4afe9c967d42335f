// A long real-looking article for the board benchmark and the screenshots: PolNeAR news
// articles (../shared, publishers' text, benchmark use only) joined until the extractor finds
// at least `claims` claims, with a headline on top. Deterministic: same files, same order.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '@/lib/extraction';

const DIR = resolve(process.cwd(), '../shared/data/attribution/polnear-dev/text');

export function longArticleText(claims = 500): { text: string; claims: number; words: number } {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
  const parts = ['Campaign 2016: what the candidates and their surrogates said this week', 'A long read, pieced together from the week’s wire copy'];
  let found = 0;
  let text = '';
  for (const file of files) {
    parts.push(readFileSync(join(DIR, file), 'utf8').replace(/\r\n?/g, '\n').trim());
    text = parts.join('\n\n');
    found = extract(text).claims.length;
    if (found >= claims) break;
  }
  return { text, claims: found, words: text.split(/\s+/).filter(Boolean).length };
}
