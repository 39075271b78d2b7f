// The redaction worker's host side (issue 13, from surviving mutants of offload.ts): which events
// go to the worker, what a reply becomes (the redacted event, its classification, errors, the
// session memory handed back, the members for sealing), and how every failure hands the event
// back to the caller: a refusal, a crash, a timeout, a message that cannot be sent, a stop. A fake
// worker (a data: URL module, started in milliseconds) plays the worker's part from a command in
// the event; one test runs the real worker through createRedactionOffload().
import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { UnsealedEvent } from '../spec/event.js';
import { RedactionError } from '../spec/errors.js';
import type { MemorySnapshot, RedactorInternals } from '../redaction/internals.js';
import { createKeyring } from '../redaction/keys.js';
import { createRedactor } from '../redaction/redactor.js';
import { OffloadTimeoutError, RedactionOffload, createRedactionOffload, offloadedMembers, workerEntry } from './offload.js';

// Answers each request by the command in event.content.input; the init request is kept, and
// echoed back by 'recipe'. A reply with an id no event waits for comes first for 'stray'.
const FAKE = `
import { parentPort } from 'node:worker_threads';
let init;
parentPort.on('message', (request) => {
  if (request.kind === 'init') { init = request; return; }
  const { id, event, memory } = request;
  const command = event.content.input;
  const ok = (extra) => parentPort.postMessage({ id, ok: true, event: { ...event, content: { input: 'done' } }, data: undefined, compliance: undefined, errors: [], memory: { back: memory }, members: [['content', '"x"']], ...extra });
  switch (command) {
    case 'ok': return ok({});
    case 'full': return ok({ data: { classes: ['pii.email'], sensitivity: 'confidential' }, compliance: { regimes: ['gdpr'] }, errors: ['first', 'second'] });
    case 'recipe': return ok({ event: { ...event, content: { input: init } } });
    case 'request': { const { event: _e, memory: _m, ...rest } = request; return ok({ event: { ...event, content: { input: rest } } }); }
    case 'stray': parentPort.postMessage({ id: id + 1000, ok: false, message: 'not yours' }); return ok({});
    case 'refuse': return parentPort.postMessage({ id, ok: false, message: 'cannot redact this' });
    case 'throw': throw new Error('boom in the worker');
    case 'exit': process.exit(5);
    case 'reply-exit': ok({}); process.exit(6);
    case 'hang': return;
  }
});
`;
// Lets a test hide the worker's entry file, as a bundle that left it out does.
const files = vi.hoisted(() => ({ missing: false }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, existsSync: (path: Parameters<typeof actual.existsSync>[0]) => (files.missing && String(path).includes('redaction-worker') ? false : actual.existsSync(path)) };
});

const entry = { url: new URL(`data:text/javascript,${encodeURIComponent(FAKE)}`), typescript: false };
const RECIPE = { options: { marker: 'recipe' }, keys: [], activeId: 'k' };

function fakeInternals(recipe: unknown) {
  const loaded: MemorySnapshot[] = [];
  const internals = {
    recipe: () => recipe,
    memoryOf: (event: UnsealedEvent) => ({ of: event.id }),
    loadMemory: (snapshot: MemorySnapshot) => { loaded.push(snapshot); },
  } as unknown as RedactorInternals;
  return { internals, loaded };
}

const event = (command: unknown, id = 'e1'): UnsealedEvent =>
  ({ v: 1, id, ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'message.user', trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'a' }, source: 't', outcome: 'success', content: { input: command } }) as unknown as UnsealedEvent;

describe('RedactionOffload', () => {
  it('the worker keeps the process alive only while an event waits for it', async () => {
    // A worker that is ref'd shows as one active MessagePort; an unref'd one does not. First in
    // the file: a worker that crashed or timed out in another test may still be exiting.
    const ports = () => process.getActiveResourcesInfo().filter((resource) => resource === 'MessagePort').length;
    const base = ports();
    const offload = new RedactionOffload(fakeInternals(RECIPE).internals, entry, 0, 10_000);
    const hang = offload.redact(event('hang', 'h'), {});
    expect(ports()).toBe(base + 1);
    // Another event answered while the first still waits: still held.
    await offload.redact(event('ok'), {});
    expect(ports()).toBe(base + 1);
    const stopped = expect(hang).rejects.toThrow('the redaction worker was stopped');
    await offload.close();
    await stopped;
    const idle = new RedactionOffload(fakeInternals(RECIPE).internals, entry, 0, 10_000);
    await idle.redact(event('ok'), {});
    expect(ports()).toBe(base);
    await expect(idle.redact(event('refuse'), {})).rejects.toThrow('cannot redact this');
    expect(ports()).toBe(base);
    const unclonable = { ...event('ok'), attrs: { f: () => 1 } } as unknown as UnsealedEvent;
    await expect(idle.redact(unclonable, {})).rejects.toThrow();
    expect(ports()).toBe(base);
    // Held again by the next event that waits.
    const again = expect(idle.redact(event('hang'), {})).rejects.toThrow('the redaction worker was stopped');
    expect(ports()).toBe(base + 1);
    await idle.close();
    await again;
    // After a crash the events it held are gone: the next worker is let go once its event is answered.
    const crashing = new RedactionOffload(fakeInternals(RECIPE).internals, entry, 0, 10_000);
    await expect(crashing.redact(event('exit'), {})).rejects.toThrow('the redaction worker exited with code 5');
    await crashing.redact(event('ok'), {});
    expect(ports()).toBe(base);
    await crashing.close();
    // After a timeout the worker is stopped and the others waiting handed back and forgotten: once
    // the stopped thread is gone, the next worker is let go when its event is answered.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const timing = new RedactionOffload(fakeInternals(RECIPE).internals, entry, 0, 1000);
      const slow = timing.redact(event('hang', 'slow'), {});
      const other = timing.redact(event('hang', 'other'), {});
      vi.advanceTimersByTime(1000);
      await expect(slow).rejects.toBeInstanceOf(OffloadTimeoutError);
      await expect(other).rejects.toThrow('the redaction worker was stopped');
      while (ports() > base) await new Promise<void>((resolve) => setImmediate(resolve));
      await timing.redact(event('ok'), {});
      expect(ports()).toBe(base);
      await timing.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('wants events of at least minEventChars characters, and none once closed', async () => {
    const offload = new RedactionOffload(fakeInternals(RECIPE).internals, entry, 100, 10_000);
    expect(offload.minEventChars).toBe(100);
    expect(offload.wants(100)).toBe(true);
    expect(offload.wants(99)).toBe(false);
    expect(offload.wants(1e6)).toBe(true);
    await offload.close();
    expect(offload.wants(1e6)).toBe(false);
    await expect(offload.redact(event('ok'), {})).rejects.toThrow('the redaction worker is stopped');
  });

  it('a reply: the redacted event alone when nothing else came back; the memory is loaded; the members kept for sealing', async () => {
    const { internals, loaded } = fakeInternals(RECIPE);
    const offload = new RedactionOffload(internals, entry, 0, 10_000);
    const result = await offload.redact(event('ok'), { default: 'redacted' });
    expect(result).toStrictEqual({ event: { ...event('ok'), content: { input: 'done' } } });
    expect(loaded).toStrictEqual([{ back: { of: 'e1' } }]);
    expect(offloadedMembers.get(result.event)).toStrictEqual(new Map([['content', '"x"']]));
    await offload.close();
  });

  it('a request holds the event, its capture and memory, and the cuts after redaction that were given, no others', async () => {
    const offload = new RedactionOffload(fakeInternals(RECIPE).internals, entry, 0, 10_000);
    const capture = { default: 'redacted' } as const;
    const all = await offload.redact(event('request'), capture, { cutAfterRedaction: 7, maxStoredChars: 99, cutHeaders: true });
    expect(all.event.content).toStrictEqual({ input: { kind: 'redact', id: expect.any(Number), capture, cutAfterRedaction: 7, maxStoredChars: 99, cutHeaders: true } });
    const none = await offload.redact(event('request', 'e2'), capture, {});
    expect(none.event.content).toStrictEqual({ input: { kind: 'redact', id: expect.any(Number), capture } });
    const notHeaders = await offload.redact(event('request', 'e3'), capture, { cutHeaders: false });
    expect(notHeaders.event.content).toStrictEqual({ input: { kind: 'redact', id: expect.any(Number), capture } });
    const byDefault = await offload.redact(event('request', 'e4'), capture);
    expect(byDefault.event.content).toStrictEqual({ input: { kind: 'redact', id: expect.any(Number), capture } });
    await offload.close();
  });

  it('a reply with classification and errors: each kept, the errors as RedactionErrors', async () => {
    const offload = new RedactionOffload(fakeInternals(RECIPE).internals, entry, 0, 10_000);
    const result = await offload.redact(event('full'), {});
    expect(result.event).toStrictEqual({ ...event('full'), content: { input: 'done' } });
    expect(result.data).toStrictEqual({ classes: ['pii.email'], sensitivity: 'confidential' });
    expect(result.compliance).toStrictEqual({ regimes: ['gdpr'] });
    expect(result.errors?.map((e) => [e instanceof RedactionError, e.message])).toStrictEqual([[true, 'first'], [true, 'second']]);
    await offload.close();
  });

  it('starts one worker with the redactor\'s recipe, and keeps it for the next events', async () => {
    const offload = new RedactionOffload(fakeInternals(RECIPE).internals, entry, 0, 10_000);
    const first = await offload.redact(event('recipe'), {});
    expect(first.event.content).toStrictEqual({ input: { kind: 'init', recipe: RECIPE } });
    // The same worker answers in order, each event by its own id.
    const [a, b] = await Promise.all([offload.redact(event('ok', 'e2'), {}), offload.redact(event('stray', 'e3'), {})]);
    expect([a.event.id, b.event.id]).toStrictEqual(['e2', 'e3']);
    await offload.close();
  });

  it('a refusal rejects that event with the worker\'s message; the worker goes on', async () => {
    const offload = new RedactionOffload(fakeInternals(RECIPE).internals, entry, 0, 10_000);
    await expect(offload.redact(event('refuse'), {})).rejects.toThrow('cannot redact this');
    expect((await offload.redact(event('ok', 'e2'), {})).event.id).toBe('e2');
    expect(offload.wants(0)).toBe(true);
    await offload.close();
  });

  it('a worker that throws rejects every waiting event with its error; after three crashes no worker is started', async () => {
    const offload = new RedactionOffload(fakeInternals(RECIPE).internals, entry, 0, 10_000);
    for (let crash = 1; crash <= 3; crash++) {
      expect(offload.wants(0)).toBe(true);
      const hang = offload.redact(event('hang', 'h'), {});
      const thrown = offload.redact(event('throw'), {});
      await expect(hang).rejects.toThrow('boom in the worker');
      await expect(thrown).rejects.toThrow('boom in the worker');
    }
    expect(offload.wants(0)).toBe(false);
    await expect(offload.redact(event('ok'), {})).rejects.toThrow('the redaction worker is stopped');
    await offload.close();
  });

  it('a worker that dies while no event waits counts as a crash too: three, and no worker is started', async () => {
    const threads = () => readdirSync('/proc/self/task').length;
    const offload = new RedactionOffload(fakeInternals(RECIPE).internals, entry, 0, 10_000);
    // Each worker answers, then exits. Waiting for its thread to be gone lets the host see the exit
    // while nothing waits (an event sent to a dying worker is handed back and counts either way).
    for (let round = 0; round < 10 && offload.wants(0); round++) {
      const before = threads();
      await offload.redact(event('reply-exit'), {}).catch(() => undefined);
      for (let turn = 0; turn < 10_000 && threads() > before; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    expect(offload.wants(0)).toBe(false);
    await offload.close();
  });

  it('a worker that exits rejects with its exit code; two crashes leave it running', async () => {
    const offload = new RedactionOffload(fakeInternals(RECIPE).internals, entry, 0, 10_000);
    for (let crash = 1; crash <= 2; crash++) await expect(offload.redact(event('exit'), {})).rejects.toThrow('the redaction worker exited with code 5');
    expect(offload.wants(0)).toBe(true);
    expect((await offload.redact(event('ok'), {})).event.content).toStrictEqual({ input: 'done' });
    await offload.close();
  });

  it('a timeout rejects with OffloadTimeoutError, stops the worker (the others waiting are handed back) and starts a new one for the next event', async () => {
    const offload = new RedactionOffload(fakeInternals(RECIPE).internals, entry, 0, 50);
    const first = offload.redact(event('hang', 'slow'), {});
    const second = offload.redact(event('hang', 'next'), {});
    const error = await first.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OffloadTimeoutError);
    expect((error as Error).name).toBe('OffloadTimeoutError');
    expect((error as Error).message).toBe('the redaction worker took more than 50 ms for event slow');
    await expect(second).rejects.toThrow(/^the redaction worker was stopped$/);
    // Timeouts are not crashes: the offload goes on with a new worker.
    for (let i = 0; i < 3; i++) await expect(offload.redact(event('hang'), {})).rejects.toBeInstanceOf(OffloadTimeoutError);
    expect(offload.wants(0)).toBe(true);
    await offload.close();
  });

  it('an event answered, refused, not sent or crashed leaves no timer behind that would stop a later worker', async () => {
    // Fake setTimeout only: the timers fire when the test says, the worker's messages stay real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let starts = 0;
      const internals = { ...fakeInternals(RECIPE).internals, recipe: () => { starts++; return RECIPE; } } as RedactorInternals;
      const offload = new RedactionOffload(internals, entry, 0, 1000);
      await offload.redact(event('ok'), {});
      await expect(offload.redact(event('refuse'), {})).rejects.toThrow('cannot redact this');
      const unclonable = { ...event('ok'), attrs: { f: () => 1 } } as unknown as UnsealedEvent;
      await expect(offload.redact(unclonable, {})).rejects.toThrow();
      vi.advanceTimersByTime(5000);
      await offload.redact(event('ok'), {});
      expect(starts).toBe(1);
      await expect(offload.redact(event('exit'), {})).rejects.toThrow('the redaction worker exited with code 5');
      await offload.redact(event('ok'), {});
      expect(starts).toBe(2);
      vi.advanceTimersByTime(5000);
      await offload.redact(event('ok'), {});
      expect(starts).toBe(2);
      await offload.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('close() hands back the events still waiting', async () => {
    const offload = new RedactionOffload(fakeInternals(RECIPE).internals, entry, 0, 10_000);
    const waiting = expect(offload.redact(event('hang'), {})).rejects.toThrow(/^the redaction worker was stopped$/);
    await offload.close();
    await waiting;
    expect(offload.wants(0)).toBe(false);
  });

  it('an event that cannot be sent is rejected with the clone error; the worker goes on', async () => {
    const offload = new RedactionOffload(fakeInternals(RECIPE).internals, entry, 0, 10_000);
    const unclonable = { ...event('ok'), attrs: { f: () => 1 } } as unknown as UnsealedEvent;
    const error = await offload.redact(unclonable, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('DataCloneError');
    expect((await offload.redact(event('ok', 'e2'), {})).event.id).toBe('e2');
    await offload.close();
  });

  it('a redactor without a recipe cannot run in a worker: rejected, and the offload turns itself off', async () => {
    const offload = new RedactionOffload(fakeInternals(undefined).internals, entry, 0, 10_000);
    await expect(offload.redact(event('ok'), {})).rejects.toThrow('this redactor cannot run in a worker');
    expect(offload.wants(0)).toBe(false);
    await expect(offload.redact(event('ok'), {})).rejects.toThrow('the redaction worker is stopped');
  });

  it('a recipe that cannot be sent to the worker: rejected with the clone error, the thread stopped, and the offload turns itself off', async () => {
    // A JavaScript caller's options object holding a function: the recipe copies unknown options.
    const offload = new RedactionOffload(fakeInternals({ ...RECIPE, options: { onMatch: () => 1 } }).internals, entry, 0, 10_000);
    const error = await offload.redact(event('ok'), {}).catch((e: unknown) => e);
    expect((error as Error).name).toBe('DataCloneError');
    // Before 2026-12-01 the thread was left running, and every later event started another one.
    expect(offload.wants(0)).toBe(false);
    await expect(offload.redact(event('ok'), {})).rejects.toThrow('the redaction worker is stopped');
  });

  it('a recipe that throws rejects the event with that error (a non-Error wrapped)', async () => {
    const throwing = { ...fakeInternals(RECIPE).internals, recipe: () => { throw new TypeError('no key'); } } as unknown as RedactorInternals;
    await expect(new RedactionOffload(throwing, entry, 0, 10_000).redact(event('ok'), {})).rejects.toThrow(TypeError);
    const text = { ...fakeInternals(RECIPE).internals, recipe: () => { throw 'plain text'; } } as unknown as RedactorInternals;
    const error = await new RedactionOffload(text, entry, 0, 10_000).redact(event('ok'), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('plain text');
  });
});

describe('createRedactionOffload / workerEntry', () => {
  it('the worker entry is redaction-worker.ts beside the module, run through its TypeScript loader', () => {
    expect(workerEntry()).toStrictEqual({ url: new URL('./redaction-worker.ts', import.meta.url), typescript: true });
  });

  it('no entry file beside the module: no entry, and no offload (the host redacts)', () => {
    files.missing = true;
    try {
      expect(workerEntry()).toBeUndefined();
      expect(createRedactionOffload(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]) }))).toBeUndefined();
    } finally {
      files.missing = false;
    }
  });

  it('none for a redactor that is not createRedactor()\'s', () => {
    expect(createRedactionOffload({ redact: (event) => ({ event }) } as never)).toBeUndefined();
  });

  it('defaults: 4096 characters; the options given are used', async () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]) });
    expect(createRedactionOffload(redactor)?.minEventChars).toBe(4096);
    expect(createRedactionOffload(redactor, { minEventChars: 10 })?.minEventChars).toBe(10);
    const short = createRedactionOffload(redactor, { timeoutMs: 1 });
    // Not a timing check: a 1 ms budget only shows that the option is the one used.
    const error = await short?.redact(event('mail zq@example.org'), {}).catch((e: unknown) => e);
    expect((error as Error).message).toBe('the redaction worker took more than 1 ms for event e1');
    await short?.close();
  });

  it('the real worker redacts with the default timeout', async () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]) });
    const offload = createRedactionOffload(redactor);
    const result = await offload?.redact(event('mail zq@example.org'), {});
    expect(JSON.stringify(result?.event.content)).not.toContain('zq@example.org');
    expect(result?.data?.classes).toContain('pii.email');
    await offload?.close();
  });
});
