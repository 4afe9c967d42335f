// Test support: makes a change that queues a webhook, starts the job runner (which delivers the outbox), and dies
// (SIGKILL) at a chosen moment, as a server would if its machine lost power:
//   before-send — as the worker takes the message, before anything is sent;
//   after-send  — after the receiver answered, before the outcome is written.
import { getSqlite } from '@/db';
import { updateClaim } from '@/lib/claims/update-claim';
import '@/lib/jobs/definitions';
import { startJobRunner } from '@/lib/jobs/runner';
import { findUserByEmail } from '@/lib/users/manage-users';

const [mode, email, claimId] = process.argv.slice(2);
const editor = findUserByEmail(email!)!;
const sqlite = getSqlite();
sqlite.function('die_now', () => process.kill(process.pid, 'SIGKILL'));
sqlite.exec(
  mode === 'before-send'
    ? `CREATE TEMP TRIGGER die_on_lease AFTER UPDATE OF status ON outbox_messages WHEN NEW.status = 'sending' BEGIN SELECT die_now(); END`
    : `CREATE TEMP TRIGGER die_on_outcome AFTER INSERT ON outbox_attempts BEGIN SELECT die_now(); END`,
);
const actor = { id: editor.id, name: editor.name, email: editor.email, role: editor.role };
updateClaim(actor, claimId!, { version: 1, status: 'disputed' });
console.log('change committed');
startJobRunner({ pollMs: 100 });
setTimeout(() => {
  console.log('survived');
  process.exit(0);
}, 30_000);
