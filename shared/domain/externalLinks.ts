/**
 * Links in a user's notes that may leave the app: web pages and e-mail. The desktop shell hands
 * exactly these to the system browser or mail program; everything else stays refused.
 */
export function isExternalLink(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return url.pathname.length > 0;
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
}
