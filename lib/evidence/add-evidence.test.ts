import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditEvents } from '@/db/schema';
import { useTestDatabase } from '@/db/test-database';
import { getArticle } from '@/lib/articles/queries';
import { importSample, person } from '@/lib/articles/test-desk';
import type { Actor } from '@/lib/auth/permissions';
import { getClaim } from '@/lib/claims/queries';
import { updateClaim } from '@/lib/claims/update-claim';
import { addEvidence, removeEvidence } from './add-evidence';

const source = { url: 'https://www.reuters.com/world/kharkiv', title: 'Kharkiv power restored', stance: 'supports' as const };
const eventsFor = (claimId: string) => getDb().select().from(auditEvents).where(eq(auditEvents.entityId, claimId)).all();

describe('evidence on a claim', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  let riley: Actor;
  let sam: Actor;
  let claimId: string;
  let otherId: string;
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
    riley = await person('reviewer', 'Riley Reviewer');
    sam = await person('reviewer', 'Sam Second');
    const ids = getArticle({ id: importSample(editor) }).claims.map((c) => c.id);
    claimId = ids[0]!;
    otherId = ids[1]!;
    updateClaim(editor, claimId, { version: 1, assigneeId: riley.id });
  });
  afterAll(() => db.cleanup());

  it('refuses links that are not http or https, with a clear message', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/x']) {
      expect(() => addEvidence(riley, claimId, { ...source, url })).toThrow(
        expect.objectContaining({ code: 'invalid', message: expect.stringMatching(/^Use a web address that starts with http:\/\/ or https:\/\//), details: { fields: { url: [expect.any(String)] } } }),
      );
    }
    expect(() => addEvidence(riley, claimId, { ...source, archiveUrl: 'javascript:alert(1)' })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => addEvidence(riley, claimId, { ...source, title: 'x'.repeat(501) })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => addEvidence(riley, claimId, { ...source, note: 'x'.repeat(5_001) })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(getClaim({ id: claimId }).evidence).toEqual([]);
  });

  it('starts the check on first evidence: unchecked → in progress, version bumped, one event', () => {
    const added = addEvidence(riley, claimId, { ...source, publisher: '', excerpt: ' 90 percent ' });
    expect(added).toMatchObject({ publisher: 'reuters.com', excerpt: '90 percent', addedBy: { id: riley.id, name: 'Riley Reviewer' } });
    const claim = getClaim({ id: claimId });
    expect(claim).toMatchObject({ status: 'in_progress', version: 3, suggestedStatus: 'single_source' });
    const last = eventsFor(claimId).at(-1)!;
    expect(last).toMatchObject({ action: 'evidence.added', actorId: riley.id, before: { status: 'unchecked', version: 2 }, after: { status: 'in_progress', version: 3, evidence: { id: added.id, publisher: 'reuters.com' } } });
    expect(eventsFor(claimId)).toHaveLength(2);
  });

  it('shows the suggested status and a warning when the verdict goes against the evidence', () => {
    updateClaim(riley, claimId, { version: 3, status: 'confirmed' });
    expect(getClaim({ id: claimId })).toMatchObject({ suggestedStatus: 'single_source', warning: 'Confirmed, but only one source supports it.' });
    addEvidence(editor, claimId, { ...source, url: 'https://m.bbc.co.uk/news/1', publisher: null });
    expect(getClaim({ id: claimId })).toMatchObject({ status: 'confirmed', version: 5, suggestedStatus: 'confirmed', warning: null });
  });

  it('lets only the assigned reviewer or an editor attach or remove evidence', () => {
    expect(() => addEvidence(sam, claimId, source)).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => addEvidence(riley, otherId, source)).toThrow(expect.objectContaining({ code: 'forbidden' }));
    const [first] = getClaim({ id: claimId }).evidence;
    expect(() => removeEvidence(sam, first!.id)).toThrow(expect.objectContaining({ code: 'forbidden' }));
    removeEvidence(riley, first!.id);
    const claim = getClaim({ id: claimId });
    expect(claim.evidence.map((e) => e.publisher)).toEqual(['bbc.co.uk']);
    expect(claim.version).toBe(6);
    expect(eventsFor(claimId).at(-1)).toMatchObject({ action: 'evidence.removed', before: { version: 5, evidence: { id: first!.id } }, after: { version: 6 } });
    expect(() => removeEvidence(riley, first!.id)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});
