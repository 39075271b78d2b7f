import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { parseMessage, stringifyMessage } from './exact-ids.js';

/** What a line transport tells its owner about bytes that are not a usable message. */
export interface LineProblem {
  /**
   * `malformed`: not JSON at all; `invalid`: JSON, but not a JSON-RPC 2.0 message;
   * `oversize`: over the size limit, not parsed.
   */
  kind: 'malformed' | 'invalid' | 'oversize';
  /** `invalid` only: the message's `id` when it has a usable one, exactly as sent. */
  id?: string | number | bigint;
  /** Size of the offending line in bytes. */
  bytes: number;
  /** The first bytes of the line (for the record; the core redacts it). */
  head: string;
  /** The last bytes of the line; lets the owner find a trailing `"id":N}`. */
  tail: string;
}

export interface LineTransportOptions {
  maxMessageBytes: number;
  onProblem: (problem: LineProblem) => void;
}

const SAMPLE = 256;

/**
 * Newline-delimited JSON-RPC over a pair of streams (the MCP stdio transport), with a hard
 * per-message size limit and no schema parsing on the hot path: the proxy forwards what it
 * does not understand. Lines that are not JSON-RPC are reported, not thrown. Integer ids beyond
 * 2^53 arrive as `bigint` and are written back with the same digits (see `exact-ids.ts`).
 */
export class LineTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  sessionId?: string;

  private chunks: Buffer[] = [];
  private length = 0;
  private discarding = false;
  private discardHead = '';
  private discardTail = '';
  private discardBytes = 0;
  private closed = false;

  constructor(
    private readonly input: Readable,
    private readonly output: Writable,
    private readonly options: LineTransportOptions,
  ) {}

  async start(): Promise<void> {
    this.input.on('data', this.onData);
    this.input.on('error', this.onStreamError);
    this.input.on('end', this.onEnd);
    this.output.on('error', this.onStreamError);
  }

  private onStreamError = (error: Error): void => {
    this.onerror?.(error);
  };

  // The peer stopped writing; it may still read our answers, so sending stays possible.
  private onEnd = (): void => {
    if (this.inputEnded) return;
    this.inputEnded = true;
    this.onclose?.();
  };
  private inputEnded = false;

  private onData = (chunk: Buffer | string): void => {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (;;) {
      const newline = buffer.indexOf(10);
      if (newline === -1) {
        this.accumulate(buffer);
        return;
      }
      this.accumulate(buffer.subarray(0, newline));
      this.endLine();
      buffer = buffer.subarray(newline + 1);
    }
  };

  private accumulate(part: Buffer): void {
    if (part.length === 0) return;
    if (this.discarding) {
      this.discardBytes += part.length;
      this.discardTail = (this.discardTail + part.toString('utf8')).slice(-SAMPLE);
      return;
    }
    if (this.length + part.length > this.options.maxMessageBytes) {
      const all = Buffer.concat([...this.chunks, part]);
      this.discarding = true;
      this.discardHead = all.subarray(0, SAMPLE).toString('utf8');
      this.discardTail = all.subarray(Math.max(0, all.length - SAMPLE)).toString('utf8');
      this.discardBytes = all.length;
      this.chunks = [];
      this.length = 0;
      return;
    }
    this.chunks.push(part);
    this.length += part.length;
  }

  private endLine(): void {
    if (this.discarding) {
      const problem: LineProblem = { kind: 'oversize', bytes: this.discardBytes, head: this.discardHead, tail: this.discardTail };
      this.discarding = false;
      this.discardHead = this.discardTail = '';
      this.discardBytes = 0;
      this.options.onProblem(problem);
      return;
    }
    const line = (this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks)).toString('utf8').replace(/\r$/, '');
    this.chunks = [];
    this.length = 0;
    if (line.trim() === '') return;
    let message: unknown;
    let parsed = true;
    try {
      message = parseMessage(line);
    } catch {
      parsed = false;
    }
    if (!isJsonRpcMessage(message)) {
      const sample = { bytes: Buffer.byteLength(line), head: line.slice(0, SAMPLE), tail: line.slice(-SAMPLE) };
      const id = parsed && typeof message === 'object' && message !== null ? (message as { id?: unknown }).id : undefined;
      this.options.onProblem(parsed ? { kind: 'invalid', ...sample, ...(isRequestId(id) ? { id } : {}) } : { kind: 'malformed', ...sample });
      return;
    }
    this.onmessage?.(message);
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (this.closed) throw new Error('transport is closed');
    const text = stringifyMessage(message) + '\n';
    if (!this.output.write(text)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.output.off('drain', done);
          this.output.off('close', done);
          resolve();
        };
        this.output.once('drain', done);
        this.output.once('close', done);
      });
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.input.off('data', this.onData);
    this.input.off('end', this.onEnd);
    // Removing the 'data' listener does not stop a flowing stream: a stdin still read keeps the
    // process alive until the client closes it, so the CLI could not exit when its servers died.
    this.input.pause();
    if (!this.inputEnded) {
      this.inputEnded = true;
      this.onclose?.();
    }
  }
}

/** Minimal structural check: JSON-RPC 2.0 request, notification or response. */
export function isJsonRpcMessage(value: unknown): value is JSONRPCMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const message = value as Record<string, unknown>;
  if (message.jsonrpc !== '2.0') return false;
  if (typeof message.method === 'string') return message.id === undefined || isRequestId(message.id);
  return isRequestId(message.id) && ('result' in message || (typeof message.error === 'object' && message.error !== null));
}

export function isRequestId(value: unknown): value is string | number {
  // bigint: an integer id beyond 2^53, kept exact by parseMessage.
  return typeof value === 'string' || typeof value === 'bigint' || (typeof value === 'number' && Number.isFinite(value));
}

export interface ChildTransportOptions extends LineTransportOptions {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
  stderr: 'inherit' | 'ignore' | 'pipe';
}

/**
 * Spawns an MCP server and speaks newline-delimited JSON-RPC with it. `onexit` reports the
 * exit code/signal so callers waiting on it can be answered.
 */
export class ChildProcessTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  onexit?: (info: { code: number | null; signal: string | null; error?: Error }) => void;
  private child?: ChildProcess;
  private lines?: LineTransport;
  private exited = false;

  constructor(private readonly options: ChildTransportOptions) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get stderr(): Readable | null {
    return this.child?.stderr ?? null;
  }

  async start(): Promise<void> {
    const stdio: StdioOptions = ['pipe', 'pipe', this.options.stderr];
    const child = spawn(this.options.command, this.options.args, {
      env: this.options.env,
      cwd: this.options.cwd,
      stdio,
      shell: false,
      windowsHide: true,
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', () => resolve());
      child.once('error', (error) => {
        reject(error);
        this.finish(null, null, error);
      });
    });
    child.on('error', (error) => this.onerror?.(error));
    child.once('exit', (code, signal) => this.finish(code, signal));
    const stdout = child.stdout as Readable;
    const stdin = child.stdin as Writable;
    const lines = new LineTransport(stdout, stdin, this.options);
    lines.onmessage = (message) => this.onmessage?.(message);
    lines.onerror = (error) => {
      // EPIPE after the child died is reported through exit, not twice.
      if (!this.exited) this.onerror?.(error);
    };
    this.lines = lines;
    await lines.start();
  }

  private finish(code: number | null, signal: string | null, error?: Error): void {
    if (this.exited) return;
    this.exited = true;
    this.onexit?.({ code, signal, error });
    this.onclose?.();
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (this.exited || !this.lines) throw new Error('upstream process is not running');
    await this.lines.send(message);
  }

  async close(): Promise<void> {
    const child = this.child;
    if (!child || this.exited) return;
    child.stdin?.end();
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // Give the server the stdio-spec grace period, then insist.
    const term = setTimeout(() => child.kill('SIGTERM'), 2000);
    const kill = setTimeout(() => child.kill('SIGKILL'), 4000);
    term.unref();
    kill.unref();
    await exited;
    clearTimeout(term);
    clearTimeout(kill);
  }
}
