// The settings Claimdesk reads from the environment, validated in one place. Read on
// each call (not at import) so the build never needs them and tests can point elsewhere.
import { isIP } from 'node:net';
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  DATABASE_PATH: z.string().trim().min(1).default('data/claimdesk.db'),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters; leave it unset to have one generated.').optional(),
  CLAIMDESK_ALLOW_PRIVATE_URLS: z.enum(['0', '1']).default('0'),
  CLAIMDESK_ROOT: z.string().optional(),
  /** smtp://user:pass@host:587 or smtps://…:465; email is sent only when this and MAIL_FROM are set. */
  SMTP_URL: z
    .string()
    .trim()
    .refine((v) => /^smtps?:\/\/[^/]/i.test(v), 'SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().trim().min(3).max(300).optional(),
  /** The address people reach the desk at; links in email and webhooks start with it. */
  PUBLIC_URL: z
    .string()
    .trim()
    .refine((v) => /^https?:\/\/[^/]/i.test(v), 'PUBLIC_URL must start with http:// or https://')
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  /** How long before a claim's due time its reviewer is told it is due soon. */
  CLAIMDESK_DUE_SOON_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(120),
  /** Live event streams one account may hold open at once (tabs, devices). */
  CLAIMDESK_MAX_STREAMS_PER_USER: z.coerce.number().int().min(1).max(1_000).default(10),
  /** `off` keeps this process from running background jobs (another process runs them). */
  CLAIMDESK_JOBS: z.enum(['on', 'off']).default('on'),
  /** Page and API reads rendered at once; more wait their turn (lib/http/admission.ts). */
  CLAIMDESK_CONCURRENT_READS: z.coerce.number().int().min(1).max(256).default(16),
  /** How often an idle job runner looks for due jobs. */
  CLAIMDESK_JOB_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
  /** Reverse proxies whose X-Forwarded-For/-Proto/-Host are believed: addresses, CIDR ranges or loopback/linklocal/uniquelocal. */
  TRUST_PROXY: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || trustListIsValid(value), 'TRUST_PROXY must list IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal), separated by commas.'),
});

export type Env = z.infer<typeof schema>;

const KEYS = [
  'PORT', 'DATABASE_PATH', 'AUTH_SECRET', 'CLAIMDESK_ALLOW_PRIVATE_URLS', 'CLAIMDESK_ROOT', 'TRUST_PROXY', 'CLAIMDESK_JOBS', 'CLAIMDESK_JOB_POLL_MS',
  'SMTP_URL', 'MAIL_FROM', 'PUBLIC_URL', 'CLAIMDESK_DUE_SOON_MINUTES', 'CLAIMDESK_MAX_STREAMS_PER_USER', 'CLAIMDESK_CONCURRENT_READS',
] as const;

function trustListIsValid(value: string): boolean {
  const names = new Set(['loopback', 'linklocal', 'uniquelocal']);
  return value.split(',').map((s) => s.trim()).every((item) => {
    if (names.has(item)) return true;
    const [address, bits, ...rest] = item.split('/');
    if (rest.length || !address || !isIP(address)) return false;
    return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128));
  });
}

let cached: { raw: string; env: Env } | undefined;

/** Validated settings. getDb() asks on every query, so the parse is redone only when a value changed. */
export function env(): Env {
  const values = Object.fromEntries(KEYS.map((k) => [k, process.env[k] || undefined]));
  const raw = JSON.stringify(values);
  if (cached?.raw === raw) return cached.env;
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Claimdesk's settings are not valid: ${problems}`);
  }
  cached = { raw, env: parsed.data };
  return parsed.data;
}

/** The desk's public address, for links that leave the app (email, webhooks). */
export function publicUrl(): string {
  const e = env();
  return e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
}
