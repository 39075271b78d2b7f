import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listStreams, readEvents, verifyLedger } from '@agent-audit/core';
import type { AuditEvent } from '@agent-audit/core';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { LoggingMessageNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { EVERYTHING, HOSTILE, MEMORY, testClient } from './helpers.js';
import { bounded, waitForExit, waitUntil } from '../wait.js';
import { unexpectedStderr } from './stderr-lines.js';

// These tests run the built command line (`packages/cli/dist/bin.js`, built by `pnpm build`).
const BIN = resolve(import.meta.dirname, '../../packages/cli/dist/bin.js');
const SECRET = 'ghp_Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8';

async function ledgerEvents(dir: string): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for (const stream of await listStreams(dir)) for await (const event of readEvents(dir, { stream })) out.push(event);
  return out;
}

function run(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolveRun({ code, stdout, stderr }));
    child.stdin.on('error', () => {}); // EPIPE when the command exits before reading (usage errors)
    child.stdin.end(input);
  });
}

/** Starts the built CLI's proxy in HTTP mode; resolves once it says where it listens. `out.stderr` keeps growing. */
async function startHttpProxy(args: string[], env: NodeJS.ProcessEnv): Promise<{ child: ChildProcessByStdio<null, Readable, Readable>; url: string; exited: Promise<number | null>; out: { stderr: string } }> {
  const child = spawn(process.execPath, [BIN, 'mcp-proxy', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { stderr: '' };
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.stderr.on('data', (c: Buffer) => {
      out.stderr += c.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out.stderr);
      if (match) resolveUrl(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out.stderr}`)));
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, url, exited, out };
}

describe.skipIf(!existsSync(BIN))('agent-audit mcp-proxy (built CLI)', () => {
  let work: string;
  let keys: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'mcp-proxy-cli-'));
    keys = mkdtempSync(join(tmpdir(), 'mcp-proxy-cli-keys-'));
    env = { PATH: process.env.PATH ?? '', HOME: keys, XDG_CONFIG_HOME: keys, AGENT_AUDIT_KEY_DIR: keys };
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(keys, { recursive: true, force: true });
  });

  it('proxies a stdio server for an SDK client, keeps stdout for the protocol, and writes a verifiable ledger', async () => {
    const ledger = join(work, 'stdio');
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [BIN, 'mcp-proxy', '--ledger', ledger, '--', process.execPath, EVERYTHING, 'stdio'],
      env: { ...env, GITHUB_TOKEN: SECRET },
      stderr: 'pipe',
    });
    let stderr = '';
    transport.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const client = testClient();
    const protocolErrors: Error[] = [];
    client.onerror = (e) => protocolErrors.push(e);
    // The everything server asks the client for its roots 350 ms after `initialized` and logs
    // "Roots updated" once it has the answer. Closing before that exchange is over races the
    // client's answer against its own close ("Failed to send response: Not connected" under load):
    // wait for the server's word that it got the answer, not for a while.
    const rootsAnswered = new Promise<void>((resolveRoots) =>
      client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => {
        if (String(n.params.data).startsWith('Roots updated')) resolveRoots();
      }),
    );
    await client.connect(transport);
    expect(client.getServerVersion()?.name).toBe('mcp-servers/everything');
    expect((await client.callTool({ name: 'echo', arguments: { message: 'cli' } })).content).toEqual([{ type: 'text', text: 'Echo: cli' }]);
    const envResult = await client.callTool({ name: 'get-env', arguments: {} });
    expect(JSON.stringify(envResult.content)).toContain(SECRET); // the client's env reaches the server, as without the proxy
    const pid = transport.pid as number;
    await bounded(rootsAnswered, 'the everything server to log that the client answered its roots/list');
    expect(protocolErrors).toEqual([]);
    await client.close();
    // The proxy closes its ledger before it exits: wait for the exit, not for a while.
    await waitForExit(pid, 'the proxy to exit after its client closed');
    expect(protocolErrors).toEqual([]);
    expect(stderr).not.toContain(SECRET);
    const events = await ledgerEvents(ledger);
    expect(events.map((e) => e.stream)).toContain('mcp-proxy.server-everything');
    expect(events.filter((e) => e.type === 'tool.result').map((e) => e.tool?.name)).toEqual(['echo', 'get-env']);
    const verified = await verifyLedger(ledger);
    expect(verified.firstFailure).toBeUndefined();
    expect(verified.ok).toBe(true);
  });

  it('writes nothing but JSON-RPC to stdout, takes the ledger from AGENT_AUDIT_LEDGER, and exits 0 when stdin closes', async () => {
    const ledger = join(work, 'env');
    const input = [
      { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } },
      { jsonrpc: '2.0', method: 'notifications/initialized' },
      { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'echo', arguments: { message: 'hi' } } },
    ].map((m) => JSON.stringify(m) + '\n').join('');
    // The hostile server answers in order; the proxy answers before stdin's end closes the session.
    const result = await run(['mcp-proxy', '--', process.execPath, HOSTILE], { ...env, AGENT_AUDIT_LEDGER: ledger }, input);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    const messages = lines.map((line) => JSON.parse(line) as { jsonrpc: string; id: number; result?: { content?: unknown } });
    expect(messages.map((m) => [m.jsonrpc, m.id])).toEqual([['2.0', 1], ['2.0', 2]]);
    expect(messages[1]!.result?.content).toEqual([{ type: 'text', text: 'hi' }]);
    // Quiet, but for the close-wait notice of a busy machine (stderr-lines.ts).
    expect(unexpectedStderr(result.stderr)).toEqual([]);
    expect((await verifyLedger(ledger)).ok).toBe(true);
  });

  it('answers the caller and exits 1 when its only server dies mid-call', async () => {
    const ledger = join(work, 'dies');
    const input = [
      { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } },
      { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'exit', arguments: {} } },
    ].map((m) => JSON.stringify(m) + '\n').join('');
    const result = await run(['mcp-proxy', '--ledger', ledger, '--', process.execPath, HOSTILE], env, input);
    expect(result.code).toBe(1);
    const answers = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: number; error?: { code: number; message: string } });
    expect(answers[1]).toMatchObject({ id: 2, error: { code: -32000 } });
    expect(answers[1]!.error!.message).toContain('exited (code 3)');
    expect(result.stderr).toContain('every upstream server has exited');
    const events = await ledgerEvents(ledger);
    expect(events.some((e) => e.type === 'error' && e.error?.code === 'upstream_unavailable')).toBe(true);
    expect((await verifyLedger(ledger)).ok).toBe(true);
  });

  // An MCP client keeps the proxy's stdin open: the proxy must exit by itself when its servers
  // are gone, not when the client finally closes stdin (the SDK client waited 60 s on initialize).
  it.each([
    ['cannot be started', (dir: string) => [join(dir, 'no-such-server')], 'no upstream server could be started'],
    ['exits at once', () => [process.execPath, '-e', 'process.exit(3)'], 'every upstream server has exited'],
  ])('exits 1 while the client keeps stdin open when its only server %s (issue 14)', async (_name, command, said) => {
    const ledger = join(work, `open-stdin-${said.length}`);
    const child = spawn(process.execPath, [BIN, 'mcp-proxy', '--ledger', ledger, ...command(work)], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.resume();
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.stdin.write(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } }) + '\n');
    try {
      await waitForExit(child.pid!, 'the proxy to exit with stdin still open');
      expect(await exited).toBe(1);
      expect(stderr).toContain(said);
      // One prefix per line (it read "agent-audit mcp-proxy: mcp-proxy: upstream unavailable: …").
      expect(stderr).toContain('agent-audit mcp-proxy: upstream unavailable: upstream');
      expect(stderr).not.toContain('mcp-proxy: mcp-proxy:');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('names the stream of a server run from inline code by its command (issue 14)', async () => {
    const ledger = join(work, 'inline');
    const input = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } }) + '\n';
    // The server exits (code 3) when the initialize request reaches it, so the request is in
    // flight when it goes (was: an exit 500 ms after it started, whether the request had come or not).
    const result = await run(['mcp-proxy', '--ledger', ledger, process.execPath, '-e', "process.stdin.once('data', () => process.exit(3))"], env, input);
    expect(result.stdout).toContain('exited (code 3)');
    expect(await listStreams(ledger)).toEqual(['mcp-proxy.node']);
    expect((await ledgerEvents(ledger)).some((e) => e.type === 'error' && e.error?.code === 'upstream_unavailable')).toBe(true);
  });

  it('fails with usage errors on stderr only', async () => {
    const noLedger = await run(['mcp-proxy', '--', process.execPath, HOSTILE], env);
    expect(noLedger.code).toBe(2);
    expect(noLedger.stdout).toBe('');
    expect(noLedger.stderr).toContain('AGENT_AUDIT_LEDGER');
    const unsafe = await run(['mcp-proxy', '--ledger', join(work, 'x'), '--http', '0', '--host', '0.0.0.0', '--', process.execPath, HOSTILE], env);
    expect(unsafe.code).toBe(2);
    expect(unsafe.stderr).toContain('without authentication');
    const missing = await run(['mcp-proxy', '--ledger', join(work, 'missing'), '--', join(work, 'no-such-server')], env);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('no upstream server could be started');
    const badConfig = join(work, 'bad.json');
    writeFileSync(badConfig, '{"mcpServers":{"a__b":{"command":"x"}}}');
    const bad = await run(['mcp-proxy', '--ledger', join(work, 'x'), '--config', badConfig], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('must not contain "__"');
  });

  it('refuses a config whose policy or any other object has a misspelt key, before starting a server (re-check 2026-12-06 rows 1 and 10)', async () => {
    const everything = { command: process.execPath, args: [EVERYTHING, 'stdio'] };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ policy: { denny: ['everything__get-env'] } }, 'config.policy: unknown key `policy.denny` (did you mean `deny`?)'],
      [{ policy: { Deny: ['everything__get-env'] } }, 'config.policy: unknown key `policy.Deny` (did you mean `deny`?)'],
      [{ polcy: { deny: ['everything__get-env'] } }, 'config: unknown key `polcy` (did you mean `policy`?)'],
      [{ policy: { rules: [{ tool: 'everything__*', argument: 'path', knd: 'path', pattern: '/srv/.*' }] } }, 'config.policy: unknown key `policy.rules[0].knd` (did you mean `kind`?)'],
      [{ http: { prot: 8931 } }, 'config: unknown key `http.prot` (did you mean `port`?)'],
      [{ mcpServers: { everything: { ...everything, enviroment: {} } } }, 'config: unknown key `mcpServers.everything.enviroment` (known: command, args, env, cwd, inheritEnv, stderr)'],
      [{ policy: { deny: ['{fs,everything}__get-env'] } }, 'createMcpProxy: policy.deny[0] "{fs,everything}__get-env" names server "fs", which is not configured'],
    ];
    // Seven CLI runs side by side: one after another took over the 60 s bound on a loaded 2-core machine.
    const results = await Promise.all(cases.map(([extra], index) => {
      const file = join(work, `typo-${index}.json`);
      writeFileSync(file, JSON.stringify({ mcpServers: { everything }, ...extra }));
      return run(['mcp-proxy', '--ledger', join(work, `typo-${index}`), '--config', file], env);
    }));
    for (const [index, result] of results.entries()) {
      expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ code: 2, stdout: '', stderr: expect.stringContaining(`agent-audit mcp-proxy: ${cases[index]![1]}`) });
    }
  }, 240_000); // a bound on failure only: a passing run ends when its seven processes have exited

  it('warns on stderr, once the tools are listed, of a policy entry that matches no tool (re-check G: a deny typo let the tool run silently)', async () => {
    const ledger = join(work, 'unmatched');
    const config = join(work, 'unmatched.json');
    writeFileSync(config, JSON.stringify({ mcpServers: { everything: { command: process.execPath, args: [EVERYTHING, 'stdio'] } }, policy: { deny: ['everything__get_env', 'everything__echo'] } }));
    const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp-proxy', '--ledger', ledger, '--config', config], env, stderr: 'pipe' });
    let stderr = '';
    transport.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const client = testClient();
    await client.connect(transport);
    await client.listTools();
    await client.listTools();
    const pid = transport.pid as number;
    await client.close();
    await waitForExit(pid, 'the proxy to exit after its client closed');
    const warning = 'agent-audit mcp-proxy: warning: policy.deny[0] "everything__get_env" matches no tool the servers list, so it does nothing; did you mean "everything__get-env"?';
    expect(stderr.split('\n').filter((line) => line === warning)).toHaveLength(1);
    expect(stderr).not.toContain('everything__echo"');
  });

  it('serves a config file of several servers over HTTP with a token until SIGTERM', async () => {
    const ledger = join(work, 'http');
    const config = join(work, 'proxy.json');
    writeFileSync(config, JSON.stringify({
      mcpServers: {
        everything: { command: process.execPath, args: [EVERYTHING, 'stdio'] },
        memory: { command: process.execPath, args: [MEMORY], env: { MEMORY_FILE_PATH: join(work, 'memory.jsonl') } },
      },
      policy: { deny: ['everything__get-env'] },
    }));
    const token = 'cli-token-0123456789abcdef';
    const { child, url, exited, out } = await startHttpProxy(['--ledger', ledger, '--config', config, '--http', '0', '--token', `ops:${token}`], env);
    const client = testClient();
    const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { authorization: `Bearer ${token}` } } });
    await client.connect(transport);
    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toContain('memory__read_graph');
    expect(names).toContain('everything__echo');
    const denied = await client.callTool({ name: 'everything__get-env', arguments: {} });
    expect(denied.isError).toBe(true);
    await transport.terminateSession();
    await client.close();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out.stderr).not.toContain(token);
    const events = await ledgerEvents(ledger);
    expect(events.some((e) => e.type === 'policy.deny' && e.actor?.id === 'ops')).toBe(true);
    expect((await verifyLedger(ledger)).ok).toBe(true);
  });

  it('on SIGTERM gives up a call in flight with an end event and an answer, and a second SIGTERM while it closes does not cut the close short (a fresh tester\'s timeout(1) run left an unsigned tail and writer.lock)', async () => {
    const ledger = join(work, 'double-term');
    const { child, url, exited, out } = await startHttpProxy(['--ledger', ledger, '--http', '0', process.execPath, HOSTILE], { ...env, HOSTILE_STUBBORN: '1' });
    const client = testClient();
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    const hung = client.callTool({ name: 'hang', arguments: {} }).then(
      () => 'answered',
      (error: Error) => error.message,
    );
    await waitUntil(async () => (await ledgerEvents(ledger)).some((e) => e.type === 'tool.call' && e.tool?.name === 'hang'), 'the hang tool.call in the ledger');
    child.kill('SIGTERM');
    // The client is answered when the session closes; the upstream (deaf to SIGTERM) keeps the close going for ~4 s.
    expect(await hung).toContain('closed the session before upstream');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out.stderr).toContain('SIGTERM again: still closing');
    const result = await verifyLedger(ledger);
    expect(result.ok).toBe(true);
    // Nothing left unsigned (the key itself is not pinned here: that warning is expected).
    expect((result.warnings ?? []).filter((w) => !/Pin the key with --key/.test(w))).toEqual([]);
    const events = await ledgerEvents(ledger);
    const call = events.find((e) => e.type === 'tool.call' && e.tool?.name === 'hang') as AuditEvent;
    const end = events.find((e) => e.type === 'tool.error' && e.trace.spanId === call.trace.spanId);
    expect(end?.error?.message).toMatch(/closed the session before upstream "hostile-server" answered tools\/call; whether the server carried it out is unknown/);
    expect(events.findIndex((e) => e === end)).toBeLessThan(events.findIndex((e) => e.type === 'conversation.end'));
    expect(existsSync(join(ledger, 'streams', 'mcp-proxy.hostile-server', 'writer.lock'))).toBe(false);
  });
});

