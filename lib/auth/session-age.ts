// How long a sign-in lasts: the cookie and the server-side session record share it.
export const SESSION_MAX_AGE_S = 12 * 60 * 60;
