// Permissions as data: what each role may do. Every entry point asks `requirePermission`.
import type { Role } from '@/db/schema';
import { AppError } from '@/lib/errors';

export const PERMISSIONS = [
  'articles.read',
  'articles.import',
  'articles.delete',
  'articles.archive',
  'claims.edit',
  'claims.assign',
  'claims.review',
  'claims.review_any',
  'comments.create',
  'exports.create',
  'users.list',
  'users.manage',
  'tokens.manage',
  'webhooks.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const REVIEWER: Permission[] = ['articles.read', 'claims.review', 'comments.create'];
const EDITOR: Permission[] = [
  ...REVIEWER,
  'articles.import',
  'articles.delete',
  'articles.archive',
  'claims.edit',
  'claims.assign',
  'claims.review_any',
  'exports.create',
  'users.list',
];
const ADMIN: Permission[] = [...EDITOR, 'users.manage', 'tokens.manage', 'webhooks.manage'];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  reviewer: new Set(REVIEWER),
  editor: new Set(EDITOR),
  admin: new Set(ADMIN),
};

/** Who is asking: resolved from a session or an API token by the entry point's wrapper. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return ROLE_PERMISSIONS[actor.role].has(permission);
}

export function requirePermission(actor: Pick<Actor, 'role'>, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new AppError('forbidden', `Your role (${actor.role}) does not allow this.`);
  }
}
