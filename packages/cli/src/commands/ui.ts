// `agent-audit ui <source…>`: the read-only web view (src/ui/server.ts), on the commander layer.
import type { Command } from 'commander';
import { combineSources, type ReportSource } from '@agent-audit/core';
import { EXIT_OK, describeError, isPostgresUrl, type CliIO } from '../io.js';
import { UsageError, collect, collectKey, onStopSignal, runRegistered, verifierKeyFromEnv, wire } from '../layer.js';
import { startUiServer, type UiServer } from '../ui/server.js';
import { openSource } from './report.js';

/** True for an address that never leaves the machine: 127.0.0.0/8, ::1, localhost. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || /^::ffff:127\./.test(h);
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError('--port: 0 to 65535');
  return n;
}

/** Registers `ui` on a commander program. The server runs until SIGINT/SIGTERM (or `signal` aborts). */
export function registerUiCommand(program: Command, io: CliIO, state: { code: number }, signal?: AbortSignal): void {
  const ui = wire(program.command('ui').description('read-only web view of ledgers: traces, timelines, verification, proofs, charts, reports, alerts'), io);
  ui.argument('<source...>', 'ledger folder(s) and/or postgres:// URL(s)')
    .option('--port <n>', 'port to listen on (default: a free one)', port)
    .option('--host <host>', 'address to bind (default 127.0.0.1; any other still needs the token)')
    .option('--key <verifierKey>', "pinned verifier key (repeatable; default $AGENT_AUDIT_VERIFIER_KEY, else the ledger's own copy)", collectKey)
    .addHelpText('after', `
The first line on stdout is the URL with a random access token; a request without it gets 401.
Nothing is written to the ledger and no request leaves the machine.`)
    .action(async (targets: string[], flags: { port?: number; host?: string; key?: string[] }) => {
      const sources: ReportSource[] = [];
      const others: ReportSource[] = [];
      const folders: string[] = [];
      for (const target of targets) {
        const opened = await openSource(target);
        sources.push(opened);
        if (!isPostgresUrl(target)) folders.push(target);
        else others.push(opened);
      }
      const fromEnv = verifierKeyFromEnv(io.env);
      const keys = flags.key && flags.key.length > 0 ? flags.key : fromEnv ? [fromEnv] : undefined;
      let server: UiServer;
      try {
        server = await startUiServer({ source: combineSources(sources), folders, ...(others.length > 0 && folders.length > 0 ? { others: combineSources(others) } : {}), ...(flags.host ? { host: flags.host } : {}), ...(flags.port !== undefined ? { port: flags.port } : {}), ...(keys ? { verifierKeys: keys } : {}) });
      } catch (error) {
        throw new UsageError(describeError(error));
      }
      io.stdout.write(`${server.url}\n`);
      if (flags.host && !isLoopback(flags.host)) {
        io.stderr.write(`agent-audit ui: warning: --host ${flags.host} is reachable from the network and this is plain HTTP: the access token and the ledger's content cross it unencrypted; prefer 127.0.0.1 with an SSH tunnel, or a TLS reverse proxy\n`);
      }
      io.stderr.write('agent-audit ui: read-only; press Ctrl-C to stop\n');
      let release = (): void => {};
      await new Promise<void>((resolve) => {
        release = onStopSignal('ui', io, resolve);
        signal?.addEventListener('abort', () => resolve(), { once: true });
      });
      await server.close().finally(release);
      state.code = EXIT_OK;
    });
}

/** `agent-audit ui …` as a function; the server runs until SIGINT/SIGTERM. */
export const uiCommand = (argv: string[], io: CliIO): Promise<number> => runRegistered(registerUiCommand, 'ui', argv, io);
