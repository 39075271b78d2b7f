import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { alertRecord, createAuditor, createShipper, fileLedger } from '@agent-audit/core';
import { migrate, postgresSink } from '@agent-audit/postgres';
import { required } from '../required.js';
import { dropSchema, hasPostgres, schemaUrl, uniqueSchema } from '../delivery/services.js';

// End-to-end: the built `agent-audit ui` served over a ledger this test writes, driven by Debian's
// chromium through playwright-core (never a downloaded browser). UPDATE_UI_SCREENSHOTS=1 also
// writes the page screenshots of docs/ui/.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const CHROMIUM = '/usr/bin/chromium';
const haveChromium = required(fs.existsSync(CHROMIUM), `Debian chromium (${CHROMIUM})`, 'apt-get install -y chromium; .ci/run installs it');
const haveCli = haveChromium && required(fs.existsSync(path.join(repo, 'packages', 'cli', 'dist', 'ui', 'app.js')), 'the built CLI with its web app', 'pnpm --filter @agent-audit/cli build');
const screenshots = process.env.UPDATE_UI_SCREENSHOTS === '1' ? path.join(repo, 'docs', 'ui') : undefined;

const XSS_IMG = '<img src=x onerror="window.__xss=1">';
const XSS_SCRIPT = '<script>window.__xss=2</script>';

const RAW_EMAIL = 'john.smith@example.com';
// A file name written with a right-to-left override: shown as is, it reads "invoiceexe.png".
const BIDI_NAME = 'invoice\u202Egnp.exe\u202C';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-ui-e2e-'));
const dir = path.join(root, 'ledger');
const tampered = path.join(root, 'ledger-tampered');
const children: ChildProcess[] = [];
let browser: Browser | undefined;

/** Starts `agent-audit ui` and resolves to the URL it prints first. */
async function serve(...sources: string[]): Promise<string> {
  const child = spawn(process.execPath, [bin, 'ui', ...sources], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, AGENT_AUDIT_VERIFIER_KEY: '' } });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
  return new Promise((resolve, reject) => {
    lines.once('line', (line) => resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`agent-audit ui exited ${code}: ${stderr}`)));
  });
}

async function openPage(url: string): Promise<{ page: Page; violations: string[]; errors: string[] }> {
  const page = await (browser as Browser).newPage({ viewport: { width: 1280, height: 860 } });
  const violations: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => void (window as unknown as { __cspViolation(t: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return { page, violations, errors };
}

beforeAll(async () => {
  if (!haveCli) return;
  const ledger = fileLedger({ dir });
  const app = createAuditor({ agent: { id: 'claims-portal', name: 'Claims portal' }, sink: ledger });
  await app.run({ session: 'claim-5521', actor: { id: 'member-77120', type: 'user' } }, async () => {
    app.record({ type: 'conversation.start', attrs: { channel: 'web' } });
    app.record({ type: 'message.user', content: { input: 'I am John Smith, card 4111 1111 1111 1111. Email me at john.smith@example.com about claim 5521.' } });
    app.record({ type: 'data.access', resource: { type: 'claim', id: '5521', operation: 'read' }, tool: { name: 'claims_db.read', arguments: { claimId: '5521' } } });
    app.record({ type: 'tool.call', tool: { name: 'issue_refund', callId: 'call_1', arguments: { claimId: '5521', amount: 180, iban: 'DE89 3704 0044 0532 0130 00', apiKey: 'sk-live-51HxQ2eZvKYlo2C9x8Qz' } } });
    app.record({ type: 'tool.result', tool: { name: 'issue_refund', callId: 'call_1', result: { ok: true } } });
    app.record({ type: 'decision.made', decision: { action: 'refund_approved', reason: 'within policy limit of 200 EUR', policy: 'refunds-v3' } });
    app.record({ type: 'conversation.end' });
  });
  await app.run({ session: 'chat-xss', actor: { id: 'visitor-1', type: 'user' } }, async () => {
    app.record({ type: 'message.user', content: { input: `hello ${XSS_IMG} and ${XSS_SCRIPT}` } });
    app.record({ type: 'message.assistant', content: { output: 'I cannot help with that.' } });
  });
  await app.run({ session: 'chat-bidi', actor: { id: 'visitor-3', type: 'user' } }, async () => {
    app.record({ type: 'message.user', content: { input: `please open ${BIDI_NAME}` } });
    app.record({ type: 'decision.made', decision: { action: 'open_attachment', reason: `opened ${BIDI_NAME}`, policy: 'attachments-v1' } });
  });
  await app.close();
  const bank = createAuditor({ agent: { id: 'bank-support', name: 'Bank support' }, sink: ledger });
  await bank.run({ session: 'bank-77', actor: { id: 'customer-9', type: 'user' } }, async () => {
    bank.record({ type: 'message.user', content: { input: 'What is my balance?' } });
    bank.record({ type: 'tool.call', tool: { name: 'get_balance', callId: 'b1', arguments: { account: 'acct-1' } } });
    bank.record({ type: 'tool.result', tool: { name: 'get_balance', callId: 'b1', result: { balance: 12 } }, outcome: 'failure', error: { message: 'core banking timeout' } });
  });
  await bank.close();
  // Written as agent-audit watch writes (docs/MONITORING.md): agent-audit-monitor, source agent-audit, stream alerts.
  const monitor = createAuditor({ agent: { id: 'agent-audit-monitor', name: 'agent-audit watch' }, stream: 'alerts', source: 'agent-audit', sink: ledger });
  monitor.record(alertRecord({ rule: 'tool-errors', kind: 'error_rate', severity: 'warning', summary: 'bank-support: 1 of 1 tool calls failed', key: { by: 'agent', value: 'bank-support' }, agent: 'bank-support', window: { from: new Date(Date.now() - 60_000).toISOString(), to: new Date().toISOString() }, eventIds: [], count: 1, suppressed: 0 } as Parameters<typeof alertRecord>[0]));
  await monitor.close();
  // An agent writes alert.raised as the monitor into its own stream (probe F8): not an alert.
  const forger = createAuditor({ agent: { id: 'agent-audit-monitor', name: 'agent-audit watch' }, stream: 'sneaky', sink: ledger });
  forger.record(alertRecord({ rule: 'ledger-health', kind: 'ledger_health', severity: 'info', summary: 'FAKE: all ledgers verified, nothing to see', key: { by: 'agent', value: 'ward-bot' }, agent: 'ward-bot', window: { from: new Date().toISOString(), to: new Date().toISOString() }, eventIds: [], count: 1, suppressed: 0 } as Parameters<typeof alertRecord>[0]));
  await forger.close();
  // A copy with one stored event changed: the decision's reason.
  fs.cpSync(dir, tampered, { recursive: true });
  const streamsDir = path.join(tampered, 'streams');
  let changed = false;
  for (const stream of fs.readdirSync(streamsDir)) {
    for (const file of fs.readdirSync(path.join(streamsDir, stream)).filter((f) => f.endsWith('.jsonl'))) {
      const full = path.join(streamsDir, stream, file);
      const text = fs.readFileSync(full, 'utf8');
      if (text.includes('within policy limit of 200 EUR')) {
        fs.writeFileSync(full, text.replace('within policy limit of 200 EUR', 'within policy limit of 900 EUR'));
        changed = true;
      }
    }
  }
  if (!changed) throw new Error('the tampering found nothing to change');
  if (screenshots) fs.mkdirSync(screenshots, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-background-networking'] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  for (const child of children) child.kill('SIGTERM');
  fs.rmSync(root, { recursive: true, force: true });
});

// A loaded CI machine can take long to verify and render: generous waits, no timing assertions.
describe.skipIf(!haveCli)('agent-audit ui in chromium', { timeout: 400_000 }, () => {
  let url = '';
  beforeAll(async () => {
    url = await serve(dir);
  }, 60_000);

  it('prints a 127.0.0.1 URL with a token in its fragment; an API request without the token, or with another, gets 401; the shell holds no data', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
    const base = new URL(url);
    const token = base.hash.slice('#token='.length);
    for (const [target, headers] of [[`${base.origin}/api/traces`, {}], [`${base.origin}/api/traces?token=${token}`, {}], [`${base.origin}/api/traces`, { authorization: 'Bearer wrong' }], [`${base.origin}/api/traces`, { cookie: `agent_audit_ui_${base.port}=${token}` }]] as const) {
      const response = await fetch(target, { headers });
      expect(response.status, target).toBe(401);
      expect(await response.text()).not.toContain('claims-portal');
    }
    for (const target of [`${base.origin}/`, `${base.origin}/assets/app.js`]) {
      const response = await fetch(target);
      expect(response.status, target).toBe(200);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await response.text()).not.toContain('claims-portal');
    }
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    const csp = ok.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await ok.text()).not.toMatch(/<script>(?!<)/);
    const post = await fetch(url, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('gives no other local server the token (probe F3): no cookie, no header; the tab keeps working after a reload', async () => {
    // Another server on 127.0.0.1 (another port), recording what the browser sends it.
    const seen: Array<{ url: string; headers: http.IncomingHttpHeaders }> = [];
    const other = http.createServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>other</title><p>another local service</p>');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherUrl = `http://127.0.0.1:${(other.address() as { port: number }).port}/`;
    const token = new URL(url).hash.slice('#token='.length);
    try {
      // One browser context: its tabs share cookies, as a user's browser does.
      const context = await (browser as Browser).newContext({ viewport: { width: 1280, height: 860 } });
      const errors: string[] = [];
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(url);
      await page.getByTestId('traces').getByText('claim-5521').waitFor({ timeout: 120_000 });
      // The token left the address bar; no cookie was set for any port.
      expect(page.url()).not.toContain(token);
      expect(await context.cookies()).toEqual([]);
      // The same tab reloaded: still in (the token is in this tab's sessionStorage).
      await page.reload();
      await page.getByTestId('traces').getByText('claim-5521').waitFor({ timeout: 120_000 });
      // Another local server, visited in the same browser (a new tab and the same one).
      const tab = await context.newPage();
      await tab.goto(otherUrl);
      await tab.goto(`${otherUrl}again`);
      await page.goto(otherUrl);
      expect(seen.length).toBeGreaterThanOrEqual(3);
      for (const request of seen) {
        expect(request.headers.cookie, request.url).toBeUndefined();
        expect(JSON.stringify(request.headers)).not.toContain(token);
        expect(request.url).not.toContain(token);
      }
      // Back to the view in a fresh tab without the token: no data, a clear message.
      const bare = await context.newPage();
      await bare.goto(new URL(url).origin + '/');
      await expect.poll(() => bare.locator('main').textContent(), { timeout: 60_000 }).toContain('open the URL agent-audit ui printed');
      expect((await bare.locator('body').textContent()) ?? '').not.toContain('claim-5521');
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      other.close();
    }
  });

  it('keeps a searched personal value out of every URL and says raw values are not in the ledger (probe F13)', async () => {
    const { page, violations, errors } = await openPage(url);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.getByTestId('traces').locator('tbody tr').first().waitFor({ timeout: 120_000 });
    await page.getByLabel('search redacted content').fill(RAW_EMAIL);
    await page.getByRole('button', { name: 'apply' }).click();
    const hint = page.getByTestId('search-hint');
    await hint.waitFor({ timeout: 60_000 });
    expect(await hint.textContent()).toMatch(/personal data \(email\).*not|never raw/);
    expect(page.url()).not.toContain('john.smith');
    expect(requested.filter((u) => u.includes('john.smith') || u.includes('q='))).toEqual([]);
    // The hint's link opens the subject report with the value filled in, still not in the address.
    await hint.getByRole('link').click();
    const field = page.getByTestId('report-form').getByLabel(/raw value/);
    await field.waitFor();
    expect(await field.inputValue()).toBe(RAW_EMAIL);
    expect(page.url()).not.toContain('john.smith');
    // The history holds no entry with it either.
    const history = await page.evaluate(() => history.length);
    for (let i = 1; i < history; i++) {
      await page.goBack();
      expect(page.url()).not.toContain('john.smith');
    }
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  // The re-check (rows 6, 13): ESC, BEL, C1 showed as boxes, CR and U+2028 not at all, and a
  // typed `\x1b` looked like a real ESC. Every control is shown as the reports show it, and a
  // backslash as `\\`, in the page and in the expanded JSON.
  it('shows every control as its escape, and a typed backslash escape as \\, in a trace, its JSON and the bar (re-check rows 6, 13)', async () => {
    const controls = path.join(root, 'ledger-controls');
    const auditor = createAuditor({ agent: { id: 'ctl-bot' }, sink: fileLedger({ dir: controls }) });
    await auditor.run({ session: 'ctl-1', actor: { id: 'visitor-9', type: 'user' } }, async () => {
      auditor.record({ type: 'message.user', content: { input: 'real\u001bESC bell\u0007BEL B\rCR D\u009bC1 L\u2028LS P\u2029PS typed fake\\x1bESC' } });
      auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { note: 'arg\u001b[31mRED\u0085NEL', path: 'C:\\temp' } } });
    });
    await auditor.close();
    const { page, violations, errors } = await openPage(await serve(controls));
    await page.getByTestId('traces').getByText('ctl-1').waitFor({ timeout: 120_000 });
    await page.locator('a.trace-link').first().click();
    await page.locator('li.event[data-type="tool.call"]').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    for (const shown of ['real\\x1bESC', 'bell\\x07BEL', 'B\\rCR', 'D\\x9bC1', 'L\\u2028LS', 'P\\u2029PS', 'typed fake\\\\x1bESC', 'arg\\x1b[31mRED\\x85NEL', 'C:\\\\temp']) expect(text).toContain(shown);
    // No raw control anywhere on the page (the expanded JSON of every event included).
    const whole = (await page.locator('body').textContent()) ?? '';
    expect(whole).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names a ledger-wide failure and its reason in the bar, escaped, and starts on a FIFO in streams/ (re-check rows 5, 7)', async () => {
    const linked = path.join(root, 'ledger-linked');
    fs.cpSync(dir, linked, { recursive: true });
    const outside = path.join(root, 'outside-stream');
    fs.renameSync(path.join(linked, 'streams', 'bank-support'), outside);
    fs.symlinkSync(outside, path.join(linked, 'streams', 'bank-support'));
    const fifo = path.join(root, 'ledger-fifo');
    fs.cpSync(dir, fifo, { recursive: true });
    execFileSync('mkfifo', [path.join(fifo, 'streams', 'x\u001b[31m\u202efifo')]);
    for (const [ledger, reason] of [[linked, /bank-support.*symbolic link/], [fifo, /^ledger: unexpected file streams\/x\\x1b\[31m\\u202efifo: /]] as const) {
      const { page, violations, errors } = await openPage(await serve(ledger));
      const bar = page.getByTestId('verification');
      await expect.poll(() => bar.textContent(), { timeout: 120_000 }).toContain('ledger does NOT verify');
      const failure = page.getByTestId('ledger-failure');
      await expect.poll(() => failure.textContent(), { timeout: 60_000 }).toMatch(reason);
      expect((await bar.textContent()) ?? '').not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('shows bidi controls visibly in a trace and in its decision report (probe F14)', async () => {
    const { page, violations, errors } = await openPage(url);
    await page.getByTestId('traces').getByText('chat-bidi').waitFor({ timeout: 120_000 });
    await page.getByTestId('traces').locator('tr').filter({ hasText: 'chat-bidi' }).locator('a.trace-link').click();
    const message = page.locator('li.event[data-type="message.user"]');
    await message.waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('please open invoice\\u202egnp.exe\\u202c');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'trace-bidi.png') });
    await page.getByTestId('decision-link').click();
    const report = page.getByTestId('report');
    await expect.poll(() => report.textContent(), { timeout: 120_000 }).toContain('opened invoice\\u202egnp.exe');
    expect((await report.textContent()) ?? '').not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
    for (const format of ['md', 'html', 'json']) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: `decision.${format}` }).click();
      const body = fs.readFileSync(await (await download).path(), 'utf8');
      expect(body, format).toMatch(/invoice\\{1,2}u202egnp\.exe/);
      expect(body, format).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
    }
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters, opens a trace and shows the tool call with its redacted arguments and an inclusion proof', async () => {
    const { page, violations, errors } = await openPage(url);
    await expect.poll(() => page.getByTestId('verification').textContent(), { timeout: 120_000 }).toContain('ledger verifies');
    await page.getByTestId('traces').locator('tbody tr').first().waitFor();
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'traces.png'), fullPage: true });
    await page.getByLabel('agent id').fill('claims-portal');
    await page.getByLabel('search redacted content').fill('issue_refund');
    // The list checks for new events every 3 s and re-renders: what is typed must survive that.
    await page.waitForResponse((r) => r.url().includes('/api/index'), { timeout: 30_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.getByLabel('agent id').inputValue()).toBe('claims-portal');
    await page.getByRole('button', { name: 'apply' }).click();
    await expect.poll(() => page.getByTestId('traces').locator('tbody tr').count()).toBe(1);
    await page.getByTestId('traces').getByText('claim-5521').waitFor();
    await page.locator('a.trace-link').first().click();
    const call = page.locator('li.event[data-type="tool.call"]').filter({ hasText: 'issue_refund' });
    await call.waitFor();
    const callText = (await call.locator('.args').first().textContent()) ?? '';
    expect(callText).toContain('5521');
    expect(callText).not.toContain('DE89');
    expect(callText).not.toContain('sk-live-51HxQ2eZvKYlo2C9x8Qz');
    expect(await call.locator('.args .pseudonym').count()).toBeGreaterThan(0);
    // The raw card and email never reach the page; their pseudonyms show as tokens.
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).not.toContain('4111 1111 1111 1111');
    expect(body).not.toContain('john.smith@example.com');
    await call.getByRole('button', { name: 'inclusion proof' }).first().click();
    const proof = call.getByTestId('proof').first();
    await proof.waitFor();
    expect(await proof.textContent()).toMatch(/leaf \d+ of \d+, root [0-9a-f]{64}/);
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'trace.png'), fullPage: true });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps an XSS payload recorded as a user message inert: shown as text, never run', async () => {
    const { page, violations } = await openPage(url);
    await page.getByLabel('search redacted content').fill('onerror');
    await page.getByRole('button', { name: 'apply' }).click();
    await expect.poll(() => page.getByTestId('traces').locator('tbody tr').count()).toBe(1);
    await page.getByTestId('traces').getByText('chat-xss').waitFor();
    await page.locator('a.trace-link').first().click();
    const message = page.locator('li.event[data-type="message.user"]');
    await message.waitFor();
    const shown = (await message.locator(':scope > .args pre.value').first().textContent()) ?? '';
    expect(shown).toContain(XSS_IMG);
    expect(shown).toContain(XSS_SCRIPT);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // The same payload in the decision report (rendered from its document form): text again.
    await page.getByTestId('decision-link').click();
    const report = page.getByTestId('report');
    await expect.poll(() => report.textContent(), { timeout: 120_000 }).toContain(XSS_SCRIPT);
    expect(await report.textContent()).toContain('<img src=x onerror=');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(violations).toEqual([]);
    await page.close();
  });

  it('draws the charts, renders the reports with downloads and lists alerts', async () => {
    const { page, violations, errors } = await openPage(url);
    await page.getByRole('link', { name: 'Charts' }).click();
    await page.getByTestId('chart-types').locator('canvas').waitFor();
    await page.getByTestId('chart-tools').getByText('bank-support').waitFor();
    await page.getByTestId('chart-classes').locator('tr').first().waitFor();
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'charts.png'), fullPage: true });
    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    const report = page.getByTestId('report');
    await expect.poll(() => report.textContent(), { timeout: 120_000 }).toContain('Agent activity report');
    // Formatted: headings, fact and data tables; no raw text block, no JSON.
    expect(await report.locator('h2').allTextContents()).toEqual(expect.arrayContaining(['Totals', 'Per agent', 'Tools called']));
    await report.locator('table.traces').filter({ hasText: 'issue_refund' }).first().waitFor();
    expect(await report.locator('pre').count()).toBe(0);
    expect(await report.textContent()).not.toContain('"kind"');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'activity.json' }).click();
    const file = await (await download).path();
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toHaveProperty('kind', 'activity');
    const htmlDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'activity.html' }).click();
    const htmlFile = await htmlDownload;
    expect(htmlFile.suggestedFilename()).toBe('activity.html');
    expect(fs.readFileSync(await htmlFile.path(), 'utf8')).toMatch(/^<!doctype html>[\s\S]*Agent activity report/i);
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'reports.png'), fullPage: true });
    await page.getByRole('link', { name: 'Alerts' }).click();
    await page.getByTestId('alerts').getByText('bank-support: 1 of 1 tool calls failed').waitFor();
    // The alert an agent wrote as the monitor into its own stream is not listed as an alert (probe F8).
    expect(await page.getByTestId('alerts').textContent()).not.toContain('FAKE');
    const others = page.getByTestId('other-alerts');
    await others.getByText('FAKE: all ledgers verified, nothing to see').waitFor();
    expect(await others.getByTestId('alert-stream').allTextContents()).toEqual(['sneaky']);
    await page.getByText('Recorded by an agent, not the monitor (1)').waitFor();
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'alerts.png') });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('flags a stream invalid after tampering, with its first bad event, on every page', async () => {
    const tamperedUrl = await serve(tampered);
    const { page } = await openPage(tamperedUrl);
    const bar = page.getByTestId('verification');
    await expect.poll(() => bar.textContent(), { timeout: 120_000 }).toContain('ledger does NOT verify');
    const bad = bar.locator('li.bad');
    expect(await bad.count()).toBe(1);
    expect(await bad.textContent()).toMatch(/INVALID at seq \d+/);
    await page.getByRole('link', { name: 'Charts' }).click();
    await expect.poll(() => bar.textContent(), { timeout: 120_000 }).toContain('ledger does NOT verify');
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'tampered.png') });
    await page.close();
  });

  it('in an open page, a ledger changed after it loaded turns the bar invalid without a reload; the trace flags the event and its proof is NOT proven', async () => {
    const live = path.join(root, 'ledger-live');
    fs.cpSync(dir, live, { recursive: true });
    const { page, errors } = await openPage(await serve(live));
    const bar = page.getByTestId('verification');
    await expect.poll(() => bar.textContent(), { timeout: 120_000 }).toContain('ledger verifies');
    await page.getByLabel('search redacted content').fill('issue_refund');
    await page.getByRole('button', { name: 'apply' }).click();
    await expect.poll(() => page.getByTestId('traces').locator('tbody tr').count()).toBe(1);
    await page.locator('a.trace-link').first().click();
    const decision = page.locator('li.event[data-type="decision.made"]');
    await decision.waitFor();
    expect(await decision.getByTestId('event-invalid').count()).toBe(0);
    // Another process edits the stored decision (same length: the index sees no new line), and the ledger goes on growing.
    const segment = path.join(live, 'streams', 'claims-portal', fs.readdirSync(path.join(live, 'streams', 'claims-portal')).find((f) => f.endsWith('.jsonl')) as string);
    fs.writeFileSync(segment, fs.readFileSync(segment, 'utf8').replace('within policy limit of 200 EUR', 'within policy limit of 900 EUR'));
    const later = createAuditor({ agent: { id: 'later-agent' }, sink: fileLedger({ dir: live }) });
    later.record({ type: 'message.user', content: { input: 'a later event' } });
    await later.close();
    // The page asks again when the index changes (checked every 5 s) and every 30 s: no reload, no click.
    await expect.poll(() => bar.textContent(), { timeout: 120_000 }).toContain('ledger does NOT verify');
    await decision.getByTestId('event-invalid').waitFor({ timeout: 30_000 });
    expect(await decision.getByTestId('event-invalid').textContent()).toMatch(/^INVALID: /);
    // Its inclusion proof is checked as verify-proof checks it: not shown, NOT proven, with the reason.
    await decision.getByRole('button', { name: 'inclusion proof' }).first().click();
    await decision.getByTestId('proof-failure').first().waitFor();
    expect(await decision.getByTestId('proof-failure').first().textContent()).toContain('NOT proven: the event line does not match its hash');
    expect(await decision.getByTestId('proof').count()).toBe(0);
    // The decision report of the trace says so too.
    await page.getByTestId('decision-link').click();
    const report = page.getByTestId('report');
    await expect.poll(() => report.textContent(), { timeout: 120_000 }).toContain('NOT proven: the event line does not match its hash');
    expect(await report.textContent()).toMatch(/\d+ proven, 0 not yet covered by a checkpoint, 1 NOT proven/);
    expect(errors.filter((e) => !/409 \(Conflict\)/.test(e))).toEqual([]);
    await page.close();
  });

  it('renders the subject report from a raw value it never shows or puts in the address, and the decision report of a trace', async () => {
    const { page, violations, errors } = await openPage(url);
    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await page.getByRole('link', { name: 'Data subject' }).click();
    await page.getByTestId('report-form').getByLabel(/raw value/).fill(RAW_EMAIL);
    expect(await page.getByTestId('report-form').getByLabel(/raw value/).inputValue()).toBe(RAW_EMAIL);
    await page.getByRole('button', { name: 'render' }).click();
    const report = page.getByTestId('report');
    // What the page shows: the report, or the error it got instead (so a failure says which).
    const shown = async (): Promise<string> => {
      const error = page.getByTestId('report-error');
      if ((await error.count()) > 0) return `report-error: ${await error.textContent()}`;
      return (await report.count()) > 0 ? ((await report.textContent()) ?? '') : `neither report nor error; main shows: ${(await page.locator('main').textContent())?.slice(0, 300)}`;
    };
    await expect.poll(shown, { timeout: 120_000 }).toContain('Data subject access report');
    // The claim's message is found through the email's pseudonym; the raw value is nowhere.
    await report.getByText('claims-portal').first().waitFor();
    await report.locator('table.traces td').getByText('message.user', { exact: true }).first().waitFor();
    expect(await page.locator('body').textContent()).not.toContain(RAW_EMAIL);
    expect(page.url()).not.toContain('john.smith');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'subject.json' }).click();
    const subject = JSON.parse(fs.readFileSync(await (await download).path(), 'utf8')) as { kind: string; events: { total: number } };
    expect(subject.kind).toBe('subject');
    expect(subject.events.total).toBeGreaterThan(0);
    expect(JSON.stringify(subject)).not.toContain(RAW_EMAIL);
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'report-subject.png'), fullPage: true });
    // Neither value nor actor: the server asks for one.
    await page.getByTestId('report-form').getByLabel(/raw value/).fill('');
    await page.getByRole('button', { name: 'render' }).click();
    await expect.poll(() => page.getByTestId('report-error').textContent()).toContain('exactly one of value and actor');

    // The decision report, from a trace's page.
    await page.getByRole('link', { name: 'Traces' }).click();
    await page.getByLabel('search redacted content').fill('issue_refund');
    await page.getByRole('button', { name: 'apply' }).click();
    await expect.poll(() => page.getByTestId('traces').locator('tbody tr').count()).toBe(1);
    await page.locator('a.trace-link').first().click();
    await page.getByTestId('decision-link').click();
    await expect.poll(() => report.textContent(), { timeout: 120_000 }).toContain('Decision report');
    await report.locator('ul.report-tree').getByText('issue_refund').first().waitFor();
    await report.getByText('refund_approved').first().waitFor();
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'report-decision.png'), fullPage: true });
    expect(violations).toEqual([]);
    expect(errors.filter((e) => !/400 \(Bad Request\)/.test(e))).toEqual([]);
    await page.close();
  });

  it('shows an event appended after start-up within seconds, without a reload', async () => {
    const { page } = await openPage(url);
    await page.getByTestId('traces').locator('tbody tr').first().waitFor();
    const late = createAuditor({ agent: { id: 'late-agent' }, sink: fileLedger({ dir }) });
    await late.run({ session: 'late-session', actor: { id: 'visitor-2', type: 'user' } }, async () => {
      late.record({ type: 'message.user', content: { input: 'written after the server started' } });
    });
    await late.close();
    // The list refreshes itself (index poll every 2 s, page check every 3 s); the bound is generous for a loaded machine.
    await page.getByTestId('traces').getByText('late-session').waitFor({ timeout: 60_000 });
    await page.close();
  });
});

// The same app over a PostgreSQL store the ledger was shipped to: lists, a trace, and an inclusion proof.
const havePostgres = haveCli && required(await hasPostgres(), 'PostgreSQL on 127.0.0.1:5432', 'a local server; .ci/run starts one');
describe.skipIf(!havePostgres)('agent-audit ui over PostgreSQL, in chromium', { timeout: 400_000 }, () => {
  const schema = uniqueSchema('aa_ui');
  const pgUrl = schemaUrl(schema);
  afterAll(async () => {
    await dropSchema(schema);
  });

  it('lists the traces, opens one and fetches an inclusion proof from the database', async () => {
    await migrate(pgUrl);
    const shipper = createShipper({ dir, sink: postgresSink({ url: pgUrl }) });
    await shipper.drain();
    await shipper.stop();
    // The store publishes no verifier key: pin the ledger's.
    const verifierKey = (fs.readFileSync(path.join(dir, 'verifier.key'), 'utf8').trim().split('\n')[0] as string).trim();
    // Without --key (probe F12): chains checked, signatures not, said as such, not "does NOT verify".
    const unpinned = await openPage(await serve(pgUrl));
    const unpinnedBar = unpinned.page.getByTestId('verification');
    await expect.poll(() => unpinnedBar.textContent(), { timeout: 120_000 }).toContain('signatures not checked');
    expect(await unpinnedBar.textContent()).not.toContain('does NOT verify');
    expect(await unpinnedBar.getAttribute('data-status')).toBe('unchecked');
    expect(await unpinnedBar.locator('li.bad').count()).toBe(0);
    if (screenshots) await unpinned.page.screenshot({ path: path.join(screenshots, 'postgres-no-key.png') });
    await unpinned.page.close();
    const { page, violations, errors } = await openPage(await serve(pgUrl, '--key', verifierKey));
    await expect.poll(() => page.getByTestId('verification').textContent(), { timeout: 120_000 }).toContain('ledger verifies');
    await page.getByTestId('traces').getByText('claim-5521').waitFor({ timeout: 60_000 });
    await page.getByTestId('traces').locator('tr').filter({ hasText: 'claim-5521' }).locator('a.trace-link').click();
    const call = page.locator('li.event[data-type="tool.call"]').filter({ hasText: 'issue_refund' });
    await call.waitFor();
    await call.getByRole('button', { name: 'inclusion proof' }).first().click();
    const proof = call.getByTestId('proof').first();
    await proof.waitFor();
    expect(await proof.textContent()).toMatch(/leaf \d+ of \d+, root [0-9a-f]{64}/);
    if (screenshots) await page.screenshot({ path: path.join(screenshots, 'trace-postgres.png'), fullPage: true });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
