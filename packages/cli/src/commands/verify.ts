import { verifyLedger, type VerifyResult } from '@agent-audit/core';
import { parseTargetCommand, EXIT_INVALID, EXIT_OK, EXIT_USAGE, describeError, isPostgresUrl, type CliIO } from '../io.js';

const USAGE = `usage: agent-audit verify <dir | postgres://...> [--key <verifierKey>]... [--stream <name>] [--json]
  exit 0: valid; 1: invalid (the first bad event is named); 2: usage or I/O error`;

export async function verifyCommand(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseTargetCommand(argv, { key: { type: 'string', multiple: true }, stream: { type: 'string', multiple: true }, json: { type: 'boolean' } } as const, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { values, target } = parsed;
  const keys = values.key ?? (io.env.AGENT_AUDIT_VERIFIER_KEY ? [io.env.AGENT_AUDIT_VERIFIER_KEY] : undefined);
  const progress = io.stderr.isTTY && !values.json;
  let result: VerifyResult;
  try {
    if (isPostgresUrl(target)) {
      const pg = (await import('@agent-audit/postgres')) as unknown as { verifyPostgres(url: string, o: { verifierKeys?: string[]; streams?: string[] }): Promise<VerifyResult> };
      result = await pg.verifyPostgres(target, { ...(keys ? { verifierKeys: keys } : {}), ...(values.stream ? { streams: values.stream } : {}) });
    } else {
      result = await verifyLedger(target, {
        ...(keys ? { verifierKey: keys } : {}),
        ...(values.stream ? { streams: values.stream } : {}),
        ...(progress ? { onProgress: (n: number, s: string) => io.stderr.write(`\rverifying ${s}: ${n.toLocaleString('en-US')} events`) } : {}),
      });
    }
  } catch (error) {
    if (progress) io.stderr.write('\n');
    io.stderr.write(`agent-audit verify: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
  if (progress) io.stderr.write('\r\x1b[K');
  if (values.json) {
    io.stdout.write(JSON.stringify(result) + '\n');
  } else {
    const f = result.firstFailure;
    if (result.ok) {
      io.stdout.write(`OK: ${result.events} events in ${result.streams} stream(s), ${result.checkpoints} signed checkpoint(s) verified (key: ${result.keySource})\n`);
    } else if (f) {
      io.stdout.write(`INVALID: stream ${f.stream}, seq ${f.seq}${f.id ? `, event ${f.id}` : ''}: ${f.reason}\n`);
      io.stdout.write(`checked ${result.events} events before the failure in ${result.streams} stream(s)\n`);
    }
    for (const warning of result.warnings) io.stderr.write(`warning: ${warning}\n`);
  }
  return result.ok ? EXIT_OK : EXIT_INVALID;
}
