// Test support: imports an article and dies (SIGKILL) halfway through writing its claims,
// as a server would if the machine lost power. See crash-safety.test.ts.
import { getSqlite } from './index';
import { createArticle } from '@/lib/articles/create-article';
import { findUserByEmail } from '@/lib/users/manage-users';
import type { Extraction } from '@/lib/extraction/types';

const [email, killAfter] = process.argv.slice(2);
const editor = findUserByEmail(email!)!;
const sqlite = getSqlite();
sqlite.function('die_now', () => process.kill(process.pid, 'SIGKILL'));
sqlite.exec(`CREATE TEMP TRIGGER die_mid_write AFTER INSERT ON claims WHEN NEW.start >= ${Number(killAfter)} BEGIN SELECT die_now(); END`);

const body = Array.from({ length: 400 }, (_, i) => `Claim number ${i} says ${i * 3} people were counted.`).join('\n\n');
const extraction: Extraction = { blocks: [], sentences: [], claims: [] };
let at = 0;
for (const paragraph of body.split('\n\n')) {
  extraction.claims.push({ start: at, end: at + paragraph.length, text: paragraph, kind: 'statistic', score: 0.9, checkworthy: true, reasons: ['a figure'], attribution: null, duplicates: [] });
  at += paragraph.length + 2;
}
const actor = { id: editor.id, name: editor.name, email: editor.email, role: editor.role };
createArticle(actor, { title: 'Doomed import', dek: null, byline: null, publication: null, publishedAt: null, sourceUrl: null, body, format: 'text', fileName: null, originalHtml: null }, extraction);
console.log('finished without dying');
