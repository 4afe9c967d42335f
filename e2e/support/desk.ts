// One browser per spec file, and a fresh context per role with its saved sign-in.
import { inject } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './chromium';

export type Role = 'editor' | 'reviewer' | 'admin';

export function deskFixture() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const baseURL = inject('baseURL');

  return {
    baseURL,
    async open(): Promise<void> {
      browser = await launchChromium();
    },
    /** The spec's browser, for contexts with options of their own (a phone, exports without CSP). */
    browser(): Browser {
      if (!browser) throw new Error('call open() first');
      return browser;
    },
    async close(): Promise<void> {
      for (const c of contexts) await c.close().catch(() => {});
      await browser?.close();
    },
    async as(role: Role | null, options: { acceptDownloads?: boolean } = {}): Promise<BrowserContext> {
      if (!browser) throw new Error('call open() first');
      const context = await browser.newContext({
        baseURL,
        storageState: role ? inject('storageStates')[role] : undefined,
        acceptDownloads: options.acceptDownloads ?? false,
      });
      contexts.push(context);
      return context;
    },
  };
}
