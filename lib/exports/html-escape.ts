// Everything a user typed reaches HTML through these two functions: text is escaped,
// and only http(s) URLs ever become an href.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** The normalised URL when it is http or https, otherwise null (javascript:, data:, relative...). */
export function safeHref(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** A link when the URL is http(s); otherwise the URL shown as plain text, never clickable. */
export function linkOrText(url: string | null | undefined, label?: string): string {
  if (!url) return '';
  const href = safeHref(url);
  const text = escapeHtml(label ?? url);
  if (!href) {
    // Show the address itself, so the reader sees what was attached and why it is not a link.
    const shown = `<span class="unsafe-url" title="Not linked: only http and https links are kept">${escapeHtml(url)}</span>`;
    return label && label !== url ? `${text} (not linked: ${shown})` : shown;
  }
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${text}</a>`;
}
