// What makes a password acceptable: long enough, not the email, not on the common-password
// list (zxcvbn-ts's list of 49,000 leaked passwords) and not guessable in under a million
// tries by zxcvbn's estimate ("Passw0rd!!", "qwertyuiop1"). Its words go back to the form.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

let factory: ZxcvbnFactory | undefined;
let common: Set<string> | undefined;

function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return factory;
}

function commonPasswords(): Set<string> {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common;
}

/** Why the password cannot be used, in words for the form; null when it is fine. */
export function passwordProblem(password: string, account: { email?: string; name?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.trim().toLowerCase();
  const email = account.email?.trim().toLowerCase();
  if (email && (lower === email || lower === email.split('@')[0])) return 'The password cannot be the email address.';
  if (commonPasswords().has(lower)) return 'This password is on a list of common passwords. Choose another: a few unrelated words work well.';
  // Long inputs are cut for the estimate: zxcvbn's work grows with length, and 100 characters decide it.
  const personal = [email, email?.split('@')[0], account.name].filter((v): v is string => Boolean(v));
  const { score } = estimator().check(password.slice(0, 100), personal);
  if (score < 2) return 'This password is too easy to guess. Choose another: a few unrelated words work well.';
  return null;
}
