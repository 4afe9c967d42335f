import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { createUser, setUserDisabled } from '@/lib/users/manage-users';
import { SESSION_MAX_AGE_S } from './session-age';
import { actorForSession, endSession, startSession } from './sessions';

describe('server-side sessions', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let dana: string;
  let riley: string;
  beforeAll(async () => {
    db = useTestDatabase();
    dana = (await createUser({ email: 'dana@example.org', name: 'Dana', role: 'editor', password: 'correct horse battery' })).id;
    riley = (await createUser({ email: 'riley@example.org', name: 'Riley', role: 'reviewer', password: 'correct horse battery' })).id;
  });
  afterAll(() => db.cleanup());

  it('opens the desk until the session expires, and only for the account it was started for', () => {
    const t0 = new Date('2031-05-01T10:00:00Z');
    const sid = startSession(dana, t0);
    expect(actorForSession(sid, dana, new Date(t0.getTime() + 1_000))?.name).toBe('Dana');
    expect(actorForSession(sid, riley, new Date(t0.getTime() + 1_000))).toBeNull();
    expect(actorForSession(`${sid}x`, dana, new Date(t0.getTime() + 1_000))).toBeNull();
    const end = t0.getTime() + SESSION_MAX_AGE_S * 1000;
    expect(actorForSession(sid, dana, new Date(end - 1))?.name).toBe('Dana');
    expect(actorForSession(sid, dana, new Date(end))).toBeNull();
  });

  it('opens nothing once ended or once the account is disabled', () => {
    const ended = startSession(riley);
    expect(actorForSession(ended, riley)?.name).toBe('Riley');
    endSession(ended);
    expect(actorForSession(ended, riley)).toBeNull();
    const live = startSession(riley);
    expect(actorForSession(live, riley)?.role).toBe('reviewer');
    setUserDisabled({ id: riley }, true);
    expect(actorForSession(live, riley)).toBeNull();
  });
});
