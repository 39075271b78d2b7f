import { describe, expect, it } from 'vitest';
import { displayUrl, scrubUrls } from './display-url.js';

describe('displayUrl: a URL as it may be shown or stored (origin only)', () => {
  it('drops the path, query, fragment and user info, which may hold a secret', () => {
    expect(displayUrl('https://hooks.slack.com/services/T000/B000/XOXSECRETPATH')).toBe('https://hooks.slack.com/…');
    expect(displayUrl('https://discord.com/api/webhooks/123/TOKEN?wait=true')).toBe('https://discord.com/…');
    expect(displayUrl('https://acme.webhook.office.com/webhookb2/abc@def/IncomingWebhook/ghi/jkl')).toBe('https://acme.webhook.office.com/…');
    expect(displayUrl('https://siem.example:8443/?token=x')).toBe('https://siem.example:8443/…');
    expect(displayUrl('https://user:pw@siem.example/#frag')).toBe('https://siem.example/…');
    expect(displayUrl(new URL('http://127.0.0.1:9/hook'))).toBe('http://127.0.0.1:9/…');
  });

  it('an origin alone is kept as it is (nothing hidden to mark); not a URL: <url>', () => {
    expect(displayUrl('https://siem.example')).toBe('https://siem.example');
    expect(displayUrl('https://siem.example/')).toBe('https://siem.example');
    expect(displayUrl('not a url')).toBe('<url>');
  });
});

describe('scrubUrls: every URL in a text as displayUrl shows it', () => {
  it('rewrites each URL and leaves the rest of the message', () => {
    expect(scrubUrls('POST https://hooks.slack.com/services/T0/B0/SECRET failed: ECONNREFUSED 127.0.0.1:443\n')).toBe('POST https://hooks.slack.com/… failed: ECONNREFUSED 127.0.0.1:443\n');
    expect(scrubUrls('redirected to "wss://x.example/a?k=1" then nats://n.example:4222/s')).toBe('redirected to "wss://x.example/…" then nats://n.example:4222/…');
    expect(scrubUrls('HTTPS://A.EXAMPLE/P')).toBe('https://a.example/…');
  });

  it('look-alikes stay: versions, paths, hosts without a scheme, times', () => {
    for (const text of ['v1.2.3 at /var/lib/agent-audit', 'siem.example:8443 down', '12:30:00', 'file:///etc/passwd is not sent', 'stream a: seq 0: prev does not match']) {
      expect(scrubUrls(text)).toBe(text);
    }
  });

  it('runs in linear time on a long text without a URL end (one greedy run)', () => {
    const text = `https://${'a'.repeat(200_000)}`;
    const start = process.hrtime.bigint();
    expect(scrubUrls(text)).toBe(`https://${'a'.repeat(200_000)}`);
    expect(Number(process.hrtime.bigint() - start) / 1e6).toBeLessThan(5_000);
  });
});
