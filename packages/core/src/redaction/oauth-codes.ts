import type { Detection } from './types.js';

// ----------------------------------------------------------- OAuth authorization codes
// K19 of the fifth probe of 2026-12-04: an authorization code in a redirect's callback URL
// (`…/callback?code=4/0AX4…&state=xyz`) and in the token request that redeems it (`{ code,
// grant_type: 'authorization_code', code_verifier }`) was stored raw. A code is a credential for
// its lifetime (RFC 6749 10.5: whoever holds it with the client's credentials, or with the PKCE
// verifier, gets the tokens). `code` alone names anything (an error code, a country's, a postal
// code), so it is one only where OAuth's own members stand beside it: `state`, `redirect_uri`,
// `grant_type=authorization_code`, `code_verifier`, `session_state`, `client_id`, or a callback's
// path. The PKCE verifier is a secret by its name (key-names.ts `codeverifier`).

/** Members of a token request or an authorization response; a code beside one of them is OAuth's. */
const OAUTH_MEMBERS = /(?:^|[?&#;,{\s"'])(?:state|session_state|redirect_uri|redirect_url|code_verifier|client_id|grant_type|iss)["']?[ \t]*[=:]/i;
/** A callback's or a redirect's path (`/oauth2/callback`, `/auth/redirect`, `/signin-oidc`, `/login/oauth/authorize`). */
const CALLBACK_PATH = /(?:callback|redirect|oauth|oidc|authorize|signin|sign-in|login|\/auth\b|\/cb\b)[^?#\s]*[?#]/i;
/** `code=` in a query, a fragment or a form body; the value up to the next parameter. */
const codeParameter = /(?:^|[?&#\s"'])code=([^&#\s"'<>]{8,512})/g;

/** An authorization code's shape: 8 or more characters with a digit, or both cases (`4/0AX4XfWh…`, `SplxlOBeZQQYbYS6WxSbIA`). */
export const authCodeShaped = (value: string): boolean => value.length >= 8 && (/\d/.test(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value)));

/** The run of non-blank characters around `at` (a URL or a form body). */
function runAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !/[\s"'<>]/.test(text[start - 1] as string) && at - start < 2048) start--;
  let end = at;
  while (end < text.length && !/[\s"'<>]/.test(text[end] as string) && end - at < 2048) end++;
  return text.slice(start, end);
}

export function detectOAuthCodes(text: string, out: Detection[]): void {
  if (!text.includes('code=')) return;
  for (const m of text.matchAll(codeParameter)) {
    const value = m[1] as string;
    if (!authCodeShaped(value)) continue;
    const start = m.index + m[0].length - value.length;
    const run = runAround(text, start);
    // `grant_type=authorization_code` says so by itself; otherwise another OAuth member or a callback's path.
    if (!/authorization_code/i.test(run) && !OAUTH_MEMBERS.test(run.replace(/(?:^|[?&#])code=[^&#]*/g, '')) && !CALLBACK_PATH.test(run)) continue;
    out.push({ start, end: start + value.length, type: 'URL_SECRET', class: 'secret' });
  }
}

/** Whether an object is a token request or an authorization response, so that its `code` member is OAuth's code. */
export function isOAuthCodeObject(value: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
  const code = value.code;
  if (typeof code !== 'string' || code.length > 2048) return false;
  const grant = value.grant_type ?? value.grantType;
  if (grant === 'authorization_code' || 'code_verifier' in value || 'codeVerifier' in value) return code.length >= 4;
  return authCodeShaped(code) && keys.some((key) => /^(?:state|session_state|sessionState|redirect_uri|redirectUri|redirect_url|client_id|clientId|iss)$/.test(key));
}
