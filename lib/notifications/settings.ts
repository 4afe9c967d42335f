// Each person's choice of which notifications also come by email (none by default),
// and a switch to pause email altogether (a holiday, a night shift).
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { NOTIFICATION_TYPES, notificationSettings, type NotificationType } from '@/db/schema';
import { invalid } from '@/lib/errors';

export interface EmailChoices {
  emailTypes: NotificationType[];
  emailPaused: boolean;
}

export const emailChoicesInput = z.object({
  emailTypes: z.array(z.enum(NOTIFICATION_TYPES, { message: 'That is not a kind of notification Claimdesk sends.' })).max(NOTIFICATION_TYPES.length),
  emailPaused: z.boolean(),
}).strict();

export function getEmailChoices(userId: string): EmailChoices {
  const row = getDb().select().from(notificationSettings).where(eq(notificationSettings.userId, userId)).get();
  return { emailTypes: row?.emailTypes ?? [], emailPaused: row?.emailPaused ?? false };
}

export function setEmailChoices(userId: string, input: unknown): EmailChoices {
  const parsed = emailChoicesInput.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const value = { emailTypes: [...new Set(parsed.data.emailTypes)], emailPaused: parsed.data.emailPaused, updatedAt: new Date() };
  getDb()
    .insert(notificationSettings)
    .values({ userId, ...value })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: value })
    .run();
  return { emailTypes: value.emailTypes, emailPaused: value.emailPaused };
}
