// How long a sign-in lasts: the cookie and the server-side session record share it.
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

/** A session's lastSeenAt and a token's lastUsedAt are refreshed at most this often, so reads do not turn into writes. */
export const TOUCH_EVERY_MS = 60_000;
