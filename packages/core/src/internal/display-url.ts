/**
 * A URL as it may be shown or stored (an error message, a status file, a log line): its origin
 * only, anything after it written `/…`. A webhook often carries its secret in the path (Slack's
 * `/services/T…/B…/<secret>`, Discord's `/api/webhooks/<id>/<token>`, Teams), a query its token,
 * user info a password: none of them is kept. Not a URL: `<url>`.
 *
 * @example
 * ```ts
 * displayUrl('https://hooks.slack.com/services/T0/B0/XOXSECRET'); // 'https://hooks.slack.com/…'
 * ```
 */
export function displayUrl(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return '<url>';
  }
  const origin = `${parsed.protocol}//${parsed.host}`;
  const rest = parsed.pathname !== '/' || parsed.search !== '' || parsed.hash !== '';
  return rest ? `${origin}/…` : origin;
}

// A scheme this package speaks, then everything up to a blank or a quote (one greedy run: linear).
const URL_IN_TEXT = /\b(?:https?|wss?|nats|tls):\/\/[^\s"'<>]*/gi;

/**
 * Every URL in a text (an error message from a sink, one read back from a status file) written
 * as {@link displayUrl} shows it.
 */
export function scrubUrls(text: string): string {
  return text.replace(URL_IN_TEXT, (url) => {
    const shown = displayUrl(url);
    return shown === '<url>' ? `${url.slice(0, url.indexOf('://') + 3)}…` : shown;
  });
}
