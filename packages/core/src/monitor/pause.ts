// Paused agents: one small JSON file per paused agent in a folder every enforcement point reads
// (the MCP proxy, the adapters' policy hook). Reading fails closed: a pause folder that exists
// but cannot be read, a pause file that does not parse, or one that is not a regular file (a FIFO,
// a device: never read, so a check never blocks) counts as paused.
import fs from 'node:fs';
import { readSmallFile } from '../internal/small-file.js';
import path from 'node:path';
import { defaultKeyDir } from '../internal/key-dir.js';
import type { RecordInput } from '../spec/event.js';

/** What is stored for a paused agent. */
export interface PauseRecord {
  agent: string;
  /** When it was paused (RFC 3339). */
  since: string;
  /** Why (an alert's summary, an operator's note). */
  reason: string;
  /** The rule whose alert paused it, when a rule did. */
  rule?: string;
  /** Who paused it (`agent-audit watch`, an operator id). */
  by: string;
}

/** The answer of `check()`: paused or not, and why. `unreadable` when the state could not be read (then `paused` is true). */
export interface PauseCheck {
  paused: boolean;
  reason?: string;
  record?: PauseRecord;
  unreadable?: boolean;
}

export interface PauseStore {
  readonly dir: string;
  /** Pauses an agent (atomic write; pausing a paused agent replaces its record). Throws on I/O errors. */
  pause(agent: string, record: { reason: string; rule?: string; by: string; since?: string }): PauseRecord;
  /** Resumes an agent; returns its record, or undefined when it was not paused. Throws on I/O errors. */
  resume(agent: string): PauseRecord | undefined;
  /** Whether an agent is paused. Never throws and never blocks: what cannot be read (or is not a regular file, or is over 64 KiB) counts as paused. */
  check(agent: string): PauseCheck;
  /** Every paused agent. Throws when the folder cannot be read. */
  list(): PauseRecord[];
}

/**
 * The default pause folder: `$AGENT_AUDIT_HOME/paused`, else `$XDG_CONFIG_HOME/agent-audit/paused`,
 * else `~/.config/agent-audit/paused` (beside the key folder).
 */
export function defaultPauseDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(path.dirname(defaultKeyDir(env)), 'paused');
}

const fileName = (agent: string): string => `${encodeURIComponent(agent)}.json`;

/** The largest pause file read (a pause record is a few hundred bytes). */
const MAX_PAUSE_FILE = 64 * 1024;

/** Reads a pause file with {@link readSmallFile}: never blocks (FIFO), at most 64 KiB. */
function readPauseFile(file: string): string {
  return readSmallFile(file, MAX_PAUSE_FILE);
}

/**
 * A pause store on a folder (created on the first pause, mode 0700).
 *
 * @example
 * ```ts
 * const pauses = pauseStore();
 * if (pauses.check('claims-bot').paused) refuse();
 * ```
 */
export function pauseStore(options: { dir?: string; env?: NodeJS.ProcessEnv } = {}): PauseStore {
  const dir = path.resolve(options.dir ?? defaultPauseDir(options.env));
  return {
    dir,
    pause(agent, input) {
      const record: PauseRecord = { agent, since: input.since ?? new Date().toISOString(), reason: input.reason, ...(input.rule ? { rule: input.rule } : {}), by: input.by };
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const file = path.join(dir, fileName(agent));
      const temporary = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, JSON.stringify(record) + '\n', { mode: 0o600 });
      fs.renameSync(temporary, file);
      return record;
    },
    resume(agent) {
      const file = path.join(dir, fileName(agent));
      let record: PauseRecord | undefined;
      try {
        record = JSON.parse(readPauseFile(file)) as PauseRecord;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        record = { agent, since: '', reason: 'unreadable pause record', by: '' };
      }
      fs.rmSync(file, { force: true });
      return record;
    },
    check(agent) {
      const file = path.join(dir, fileName(agent));
      let text: string;
      try {
        text = readPauseFile(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // No file: not paused, but only when the folder itself is readable (or was never made).
        if (code === 'ENOENT') {
          try {
            fs.accessSync(dir, fs.constants.R_OK | fs.constants.X_OK);
            return { paused: false };
          } catch (dirError) {
            if ((dirError as NodeJS.ErrnoException).code === 'ENOENT') return { paused: false };
            return { paused: true, unreadable: true, reason: `pause state unreadable (${(dirError as NodeJS.ErrnoException).code ?? 'error'}): refusing (fail closed)` };
          }
        }
        return { paused: true, unreadable: true, reason: `pause state unreadable (${code ?? 'error'}): refusing (fail closed)` };
      }
      try {
        const record = JSON.parse(text) as PauseRecord;
        if (typeof record !== 'object' || record === null || typeof record.reason !== 'string') throw new Error('not a pause record');
        return { paused: true, record, reason: `agent ${agent} paused since ${record.since}: ${record.reason}` };
      } catch {
        return { paused: true, unreadable: true, reason: 'pause record does not parse: refusing (fail closed)' };
      }
    },
    list() {
      let names: string[];
      try {
        names = fs.readdirSync(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const out: PauseRecord[] = [];
      for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
        const agent = decodeURIComponent(name.slice(0, -5));
        const check = this.check(agent);
        out.push(check.record ?? { agent, since: '', reason: check.reason ?? 'unreadable', by: '' });
      }
      return out;
    },
  };
}

/**
 * The pause check for a tool call in your own code (a LangChain tool, an AI SDK `execute`, any
 * policy hook): when the agent is paused (or its pause state cannot be read), records
 * `policy.deny` (`decision.policy: 'pause'`) on the auditor and returns `{ paused: true, reason }`;
 * the caller then refuses the call. Never throws.
 *
 * @example
 * ```ts
 * execute: async (args) => {
 *   const pause = refuseIfPaused({ auditor, pauses: pauseStore(), agent: 'claims-bot', tool: 'issue_refund' });
 *   if (pause.paused) return { error: pause.reason };
 *   return issueRefund(args);
 * }
 * ```
 */
export function refuseIfPaused(options: { auditor: { record(input: RecordInput): unknown }; pauses: Pick<PauseStore, 'check'>; agent: string; tool?: string }): PauseCheck {
  let result: PauseCheck;
  try {
    result = options.pauses.check(options.agent);
  } catch (error) {
    result = { paused: true, unreadable: true, reason: `pause state unreadable (${error instanceof Error ? error.message : String(error)}): refusing (fail closed)` };
  }
  if (result.paused) {
    try {
      options.auditor.record({
        type: 'policy.deny',
        outcome: 'denied',
        decision: { action: 'deny', policy: 'pause', reason: result.reason ?? `agent ${options.agent} is paused` },
        ...(options.tool ? { tool: { name: options.tool } } : {}),
      });
    } catch {
      // record() never throws; a custom auditor that does must not let the call through either.
    }
  }
  return result;
}
