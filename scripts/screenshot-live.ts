// The working-together screens for scripts/screenshots.ts: the reviewer's bell open, a
// colleague's live change on the editor's board, Settings › Notifications, and the Admin
// webhooks with a delivery log (one endpoint on a local receiver that answers 500 once).
import type { BrowserContext, Page } from 'playwright-core';
import { getArticle } from '@/lib/articles/queries';
import { addComment } from '@/lib/comments/add-comment';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { startReceiver } from '@/lib/outbox/test-servers';
import { updateClaim } from '@/lib/claims/update-claim';
import { findUserByEmail } from '@/lib/users/manage-users';
import { registerWebhook } from '@/lib/webhooks/manage-webhooks';
import { DEMO_ACCOUNTS } from './seed';

type SignIn = (account: number, viewport: { width: number; height: number }) => Promise<{ context: BrowserContext; page: Page }>;
type Shoot = (page: Page, name: string, fullPage?: boolean) => Promise<void>;

const VIEWPORTS = [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const;

const actorOf = (i: number) => {
  const u = findUserByEmail(DEMO_ACCOUNTS[i]!.email)!;
  return { id: u.id, name: u.name, email: u.email, role: u.role };
};

export interface LiveSeed {
  articleId: string;
  /** A claim of the reviewer's that the editor has open while the reviewer gives it a verdict. */
  claimId: string;
  receiver: Awaited<ReturnType<typeof startReceiver>>;
}

/** Needs CLAIMDESK_ALLOW_PRIVATE_URLS=1 (the receiver is on loopback), here and in the server. */
export async function seedLiveWork(articleId: string): Promise<LiveSeed> {
  const [editor, reviewer, admin] = [actorOf(0), actorOf(1), actorOf(2)];
  const claims = getArticle({ id: articleId }).claims;
  const soon = new Date(Date.now() + 90 * 60_000);
  const picked = claims.slice(-5);
  for (const c of picked) updateClaim(editor, c.id, { version: c.version, assigneeId: reviewer.id, dueAt: soon });
  addComment(editor, picked[1]!.id, { body: '@Riley Reviewer can you find a second source for this?', mentions: [reviewer.id] });
  addEvidence(admin, picked[2]!.id, { url: 'https://example.org/report', title: 'Ministry report', stance: 'contradicts' });
  const receiver = await startReceiver([500]);
  await registerWebhook(admin, { url: receiver.url, events: ['claim.status_changed', 'comment.added'], secret: 'screenshot-secret-0001', format: 'slack' });
  await registerWebhook(admin, { url: 'https://hooks.example.org/services/T000/B000/XXXX', events: ['*'], secret: 'screenshot-secret-0002' });
  return { articleId, claimId: picked[0]!.id, receiver };
}

export async function shootLiveScreens({ articleId, claimId }: LiveSeed, signedIn: SignIn, shoot: Shoot, origin: string) {
  for (const [size, viewport] of VIEWPORTS) {
    const reviewer = await signedIn(1, viewport);
    await reviewer.page.getByRole('banner').getByRole('button', { name: /^Notifications,/ }).click();
    await reviewer.page.getByRole('region', { name: 'Notifications' }).getByRole('link').first().waitFor();
    await shoot(reviewer.page, `live-bell-open-${size}`);

    await reviewer.page.goto('/settings');
    await reviewer.page.getByRole('heading', { name: 'Notifications' }).scrollIntoViewIfNeeded();
    await shoot(reviewer.page, `live-settings-notifications-${size}`);

    // The editor has the claim open; the reviewer, also on the article, gives it a verdict.
    const editor = await signedIn(0, viewport);
    await editor.page.goto(`/articles/${articleId}?claim=${claimId}`);
    await editor.page.getByRole('heading', { name: /^Claim \d+$/ }).waitFor();
    await reviewer.page.goto(`/articles/${articleId}`);
    await editor.page.getByText(/Also on this article now/).waitFor();
    const claim = (await (await reviewer.page.request.get(`/api/v1/claims/${claimId}`)).json()).claim as { version: number; status: string };
    const status = claim.status === 'disputed' ? 'confirmed' : 'disputed';
    await reviewer.page.request.patch(`/api/v1/claims/${claimId}`, { data: { version: claim.version, status }, headers: { origin } });
    await editor.page.getByText(/Riley Reviewer just set this to/).waitFor();
    await shoot(editor.page, `live-board-colleague-change-${size}`);

    const admin = await signedIn(2, viewport);
    await admin.page.goto('/admin');
    for (const b of await admin.page.getByRole('button', { name: /^Send test/ }).all()) await b.click();
    await admin.page.waitForTimeout(2_500);
    await admin.page.reload();
    await admin.page.getByRole('heading', { name: 'Webhooks' }).scrollIntoViewIfNeeded();
    await shoot(admin.page, `live-admin-webhooks-${size}`);
    for (const c of [reviewer, editor, admin]) await c.context.close();
  }
}
