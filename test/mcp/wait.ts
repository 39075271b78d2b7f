import type { ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';

/**
 * Sleep-free waiting for tests: each helper resolves on the event it waits for; its timeout
 * only bounds a failure (it rejects, naming what never happened).
 */

/** Resolves with everything `stream` has produced once `done(text)` holds. */
export function waitForOutput(stream: Readable, done: (text: string) => boolean, what: string, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const finish = (error?: Error): void => {
      clearTimeout(timer);
      stream.off('data', onData);
      stream.off('end', onEnd);
      if (error) reject(error);
      else resolve(text);
    };
    const onData = (chunk: Buffer | string): void => {
      text += chunk.toString();
      if (done(text)) finish();
    };
    const onEnd = (): void => finish(done(text) ? undefined : new Error(`stream ended before ${what}; got: ${text.slice(-500)}`));
    const timer = setTimeout(() => finish(new Error(`timed out waiting for ${what}; got: ${text.slice(-500)}`)), timeoutMs);
    stream.on('data', onData);
    stream.once('end', onEnd);
  });
}

/** Resolves with everything the stream produced, once it has ended. */
export function readAll(stream: Readable, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`stream did not end within ${timeoutMs} ms; got: ${text.slice(-500)}`)), timeoutMs);
    stream.on('data', (chunk: Buffer | string) => (text += chunk.toString()));
    stream.once('end', () => {
      clearTimeout(timer);
      resolve(text);
    });
  });
}

/** Resolves with the exit code (or signal) once the process has exited. */
export function waitForExit(child: ChildProcess, timeoutMs = 20_000): Promise<number | string> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(child.signalCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`process ${child.pid} did not exit within ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal as string));
    });
  });
}
