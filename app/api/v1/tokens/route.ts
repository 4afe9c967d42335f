// API tokens (admins only): the token is in this one response and never again.
import { z } from 'zod';
import { createApiToken, listApiTokens } from '@/lib/auth/api-tokens';
import { readJson, route } from '@/lib/auth/route';
import { invalid } from '@/lib/errors';

const input = z.object({ email: z.string().trim().email().max(254), name: z.string().trim().min(1).max(100) });

export const GET = route('tokens.manage', () => ({ tokens: listApiTokens() }));

export const POST = route('tokens.manage', async ({ actor, req }) => {
  const parsed = input.safeParse(await readJson(req));
  if (!parsed.success) throw invalid(parsed.error.issues);
  const created = createApiToken(parsed.data.email, parsed.data.name, actor.id);
  return Response.json(created, { status: 201 });
});
