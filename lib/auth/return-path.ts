// Where to send someone after they sign in. An open redirect here would make Claimdesk's
// login page a phishing aid, so the value is parsed as a browser would parse it (which
// drops tabs and newlines and reads "\" as "/") and only a path on our own origin is kept.
export const DEFAULT_RETURN_PATH = '/articles';

const HERE = 'http://claimdesk.invalid';

/** A same-origin path (with query and fragment) from a callback value, or the default. */
export function safeReturnPath(value: unknown, origin: string = HERE): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return DEFAULT_RETURN_PATH;
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(value, base);
  } catch {
    return DEFAULT_RETURN_PATH;
  }
  if (target.origin !== base.origin) return DEFAULT_RETURN_PATH;
  const path = target.pathname + target.search + target.hash;
  // Paths that start with "//" or "/\" are read as another host when used as a Location.
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return DEFAULT_RETURN_PATH;
  return path;
}
