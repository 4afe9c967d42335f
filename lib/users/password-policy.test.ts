import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('the password policy', () => {
  it('refuses common, guessable and too short passwords, and the email itself', () => {
    expect(passwordProblem('short')).toMatch(/at least 10/);
    for (const common of ['password123', 'qwertyuiop', '1234567890', 'iloveyou12', 'PASSWORD123']) {
      expect(passwordProblem(common), common).toMatch(/common passwords|too easy/);
    }
    expect(passwordProblem('Passw0rd!!')).toMatch(/too easy|common/);
    expect(passwordProblem('dana@newsroom.example', { email: 'Dana@Newsroom.example' })).toMatch(/email/);
    expect(passwordProblem('danaeditor', { email: 'danaeditor@newsroom.example' })).toMatch(/email/);
  });

  it('accepts a passphrase, and a long password up to the limit', () => {
    expect(passwordProblem('correct horse battery', { email: 'ed@example.org' })).toBeNull();
    expect(passwordProblem('claimdesk-editor')).toBeNull();
    expect(passwordProblem('a7#Kq'.repeat(40))).toBeNull();
    expect(passwordProblem('a7#Kq'.repeat(41))).toMatch(/at most 200/);
  });
});
