// `npm run admin -- …`: accounts, API tokens and backups, from the server's shell.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { getSqlite } from '@/db';
import { runMigrations } from '@/db/migrate';
import { ROLES, type Role } from '@/db/schema';
import { createApiToken, listApiTokens, revokeApiToken } from '@/lib/auth/api-tokens';
import { isAppError } from '@/lib/errors';
import { createUser, listUsers, setUserDisabled } from '@/lib/users/manage-users';

const USAGE = `Usage: npm run admin -- <command>
  user add --email E --name N --role editor|reviewer|admin --password P
  user list
  user disable --email E        user enable --email E
  token create --email E --name LABEL   (prints the token once)
  token list                    token revoke --id ID
  backup --to FILE              (online backup of the live database)`;

function need(value: string | undefined, flag: string): string {
  if (!value) throw new Error(`Missing --${flag}.\n${USAGE}`);
  return value;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' }, id: { type: 'string' }, to: { type: 'string' } },
  });
  const [noun, verb] = positionals;
  runMigrations();
  switch (`${noun} ${verb ?? ''}`.trim()) {
    case 'user add': {
      const role = need(values.role, 'role');
      if (!(ROLES as readonly string[]).includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}.`);
      const user = await createUser({ email: need(values.email, 'email'), name: need(values.name, 'name'), role: role as Role, password: need(values.password, 'password') });
      console.log(`Created ${user.role} ${user.email} (${user.id}).`);
      return;
    }
    case 'user list':
      for (const u of listUsers({ includeDisabled: true })) {
        console.log(`${u.email.padEnd(32)} ${u.role.padEnd(9)} ${u.name}${u.disabledAt ? '  (disabled)' : ''}`);
      }
      return;
    case 'user disable':
    case 'user enable': {
      const user = setUserDisabled({ email: need(values.email, 'email') }, verb === 'disable');
      console.log(`${user.email} is now ${user.disabledAt ? 'disabled' : 'enabled'}.`);
      return;
    }
    case 'token create': {
      const { id, token } = createApiToken(need(values.email, 'email'), need(values.name, 'name'));
      console.log(`Token ${id} created. Copy it now; it will not be shown again:\n${token}`);
      return;
    }
    case 'token list':
      for (const t of listApiTokens()) console.log(`${t.id}  ${t.email.padEnd(32)} ${t.name}${t.revokedAt ? '  (revoked)' : ''}`);
      return;
    case 'token revoke':
      revokeApiToken(need(values.id, 'id'));
      console.log('Token revoked.');
      return;
    case 'backup': {
      const to = resolve(need(values.to, 'to'));
      await getSqlite().backup(to);
      console.log(`Backed up the database to ${to}.`);
      return;
    }
    default:
      throw new Error(USAGE);
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(isAppError(error) || error instanceof Error ? error.message : error);
  process.exit(1);
});
