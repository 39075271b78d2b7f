// What redaction may make of an event is bounded (issue 11, item 7): pseudonyms are longer than
// the short values they replace, so a 512 KiB tool result of 8-character IPv6-like tokens became
// a 3 MB event that the host's thread hashed and wrote. The payload is cut at twice the event's
// budget, after redaction, so the cut stores no piece of a value.
import { describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { createKeyring } from '../redaction/keys.js';
import { PSEUDONYM_PATTERN } from '../redaction/pseudonym.js';
import { createRedactor } from '../redaction/redactor.js';
import { memoryLedger } from '../test.js';
import { afterRedaction, boundStoredChars, cutLongStrings, DEFAULT_LIMITS, MAX_REDACTION_GROWTH, STORED_FACTOR_EVENT } from './normalize.js';

const BOUND = DEFAULT_LIMITS.maxEventChars * STORED_FACTOR_EVENT;
// The auditor tests run with an event budget of 64 KiB (bound 128 KiB after redaction), so the
// flood is 64 KB and the test stays light on a loaded machine; the unit tests use the defaults.
const SMALL = { maxEventChars: 64 * 1024 };
const SMALL_BOUND = SMALL.maxEventChars * STORED_FACTOR_EVENT;
const token = (i: number, k: number): string => `${i.toString(16)}::${k.toString(16)}`;
/** 2 strings of 32,000 characters of distinct IPv6-like tokens: 64,000 characters that pseudonyms make about 380,000. */
const flood = Array.from({ length: 2 }, (_, k) => {
  let text = '';
  for (let i = 0; text.length < 32_000; i++) text += `${token(i, k)} `;
  return text.slice(0, 32_000);
});

async function recordOne(input: Record<string, unknown>, redactionWorker: boolean, limits?: typeof SMALL) {
  const ledger = memoryLedger();
  const errors: string[] = [];
  const auditor = createAuditor({
    agent: { id: 'growth' },
    sink: ledger,
    redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]) }),
    onError: (error) => errors.push(error.message),
    ...(redactionWorker ? {} : { redactionWorker: false }),
    ...(limits ? { limits } : {}),
  });
  auditor.record(input as never);
  await auditor.close();
  return { event: ledger.events()[0] as unknown as Record<string, any>, line: ledger.lines('growth')[0] as string, errors };
}

/** Characters of strings and member names in a JSON value. */
function chars(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (value === null || typeof value !== 'object') return 0;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + chars(item), 0);
  return Object.entries(value).reduce((sum, [key, item]) => sum + key.length + chars(item), 0);
}

describe.each([
  ['on the host thread', false],
  ['in the sealing pool', true],
] as const)('a flood of short findings is bounded after redaction (%s)', (_label, worker) => {
  it('stores at most twice the event budget, cut after redaction, with the envelope whole', async () => {
    const { event, line, errors } = await recordOne({ type: 'tool.result', tool: { name: 'scan', arguments: { q: 'all' }, result: flood } }, worker, SMALL);
    expect(errors).toEqual([]);
    // Unbounded, this line was about 380,000 characters (3 MB for the default 512 KiB budget).
    expect(line.length).toBeLessThan(SMALL_BOUND + 8 * 1024);
    expect(line.length).toBeGreaterThan(SMALL_BOUND / 2);
    const result = event.tool.result as string[];
    expect(result.length).toBe(2);
    expect(result.at(-1)).toBe('[truncated: event size limit]');
    expect(result.at(-2)).toMatch(/…\[truncated after redaction: \d+ of \d+ chars\]$/);
    expect(event.attrs.truncated).toBe(true);
    expect(event.tool.arguments).toEqual({ q: 'all' });
    expect(event.type).toBe('tool.result');
    expect(event.data.classes.length).toBeGreaterThan(0);
    // What is kept is redacted output: no raw token, and no pseudonym split by the cut.
    const kept = result.slice(0, -1).join(' ').replace(/…\[truncated after redaction: \d+ of \d+ chars\]$/, '');
    const withoutTokens = kept.replace(PSEUDONYM_PATTERN, '');
    expect(withoutTokens).not.toMatch(/[0-9a-f]+::[0-9a-f]/);
    expect(withoutTokens).not.toMatch(/\[[A-Z]/);
    expect(chars(event.tool)).toBeLessThanOrEqual(SMALL_BOUND + 200);
  });

  it('leaves an ordinary large event alone: a few pseudonyms in 400 KB of text', async () => {
    // 4 pages of 25,000 characters (each within the 32 KiB string limit): 100 KB, over the size
    // (BOUND / MAX_REDACTION_GROWTH) from which the bound is checked.
    const page = `${'The quarterly report lists shipments and returns. '.repeat(499)} Contact jane.doe@example.com or +44 20 7946 0958.`;
    const { event, errors } = await recordOne({ type: 'tool.result', tool: { name: 'report', result: { pages: Array(4).fill(page) } } }, worker);
    expect(errors).toEqual([]);
    expect(event.attrs?.truncated).toBeUndefined();
    expect(event.tool.result.pages).toHaveLength(4);
    const stored = (event.tool.result.pages as string[]).join('\n');
    expect(stored.startsWith('The quarterly report')).toBe(true);
    expect(stored).toMatch(/\[EMAIL:psn_[a-z2-7]{6}_[a-z2-7]{24}\]/);
    expect(stored).not.toContain('jane.doe');
    expect(stored).not.toContain('truncated');
  });
});

describe('boundStoredChars', () => {
  const event = (payload: Record<string, unknown>) => ({ v: 1, id: 'e1', type: 'tool.result', trace: { traceId: 'a'.repeat(32) }, data: { classes: ['contact'] }, ...payload });

  it('returns the event itself when the payload is within the bound', () => {
    const input = event({ tool: { name: 't', result: 'x'.repeat(100) }, attrs: { a: 'b' } });
    expect(boundStoredChars(input, 200)).toBe(input);
  });

  it('spends the bound in order: tool arguments, tool result, tool-call arguments, parameters, content input, output, attrs', () => {
    const input = event({
      tool: { name: 't', arguments: 'A'.repeat(10), result: 'R'.repeat(10) },
      model: { name: 'm', toolCalls: [{ name: 'c', arguments: 'C'.repeat(10) }], parameters: { p: 'P'.repeat(9) } },
      content: { input: 'I'.repeat(10), output: 'O'.repeat(10) },
      attrs: { z: 'Z'.repeat(9) },
    });
    // 10 + 10 + 10 + (1 + 9) = 40: everything through the parameters; input cut at 5.
    const out = boundStoredChars(input, 45) as any;
    expect(out.tool).toEqual({ name: 't', arguments: 'A'.repeat(10), result: 'R'.repeat(10) });
    expect(out.model.toolCalls).toEqual([{ name: 'c', arguments: 'C'.repeat(10) }]);
    expect(out.model.parameters).toEqual({ p: 'P'.repeat(9) });
    expect(out.content.input).toBe(`IIIII…[truncated after redaction: 5 of 10 chars]`);
    expect(out.content.output).toBe('…[truncated after redaction: 10 of 10 chars]');
    expect(out.attrs).toEqual({ '[truncated]': 'event size limit', truncated: true });
    // The envelope and the input are untouched.
    expect(out.trace).toBe(input.trace);
    expect(out.data).toBe(input.data);
    expect((input.content as any).input).toBe('I'.repeat(10));
    expect(input).not.toHaveProperty('attrs.truncated');
  });

  it('ends arrays and objects with one marker once the bound is spent, and counts member names', () => {
    const out = boundStoredChars(event({ tool: { name: 't', result: ['aaaa', 'bbbb', 'cccc', { dd: 'x' }] } }), 8) as any;
    expect(out.tool.result).toEqual(['aaaa', 'bbbb', '[truncated: event size limit]']);
    const object = boundStoredChars(event({ tool: { name: 't', result: { ab: 'cd', ef: 'gh', ij: 'kl' } } }), 9) as any;
    // ab + cd + ef + gh = 8; the member name ij (2) passes 9: the object ends before it.
    expect(object.tool.result).toEqual({ ab: 'cd', ef: 'gh', '[truncated]': 'event size limit' });
  });

  it('never cuts inside a pseudonym token or a surrogate pair', () => {
    const pseudonym = '[EMAIL:psn_abcdef_abcdefghijklmnopqrstuvwx]';
    const text = `see ${pseudonym} now`;
    for (let bound = 4; bound < 4 + pseudonym.length; bound++) {
      const out = boundStoredChars(event({ tool: { name: 't', result: text } }), bound) as any;
      expect(out.tool.result).toBe(`see …[truncated after redaction: ${text.length - 4} of ${text.length} chars]`);
    }
    const emoji = boundStoredChars(event({ tool: { name: 't', result: 'ab😀cd' } }), 3) as any;
    expect(emoji.tool.result).toBe('ab…[truncated after redaction: 4 of 6 chars]');
  });

  it('keeps a __proto__ member as data', () => {
    const result = JSON.parse('{"__proto__": "aaaa", "b": "bbbbbbbb"}');
    // __proto__ (9) + aaaa (4) + b (1): 4 characters left for bbbbbbbb.
    const out = boundStoredChars(event({ tool: { name: 't', result } }), 18) as any;
    expect(Object.keys(out.tool.result)).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(out.tool.result)).toBe(Object.prototype);
    expect(out.tool.result.b).toMatch(/^bbbb…\[truncated after redaction/);
  });

  it('applied twice gives the same event (the host passes the offload worker’s output again)', () => {
    const input = event({ tool: { name: 't', result: ['x'.repeat(50), 'y'.repeat(50), { k: 'z'.repeat(50) }] }, content: { output: 'o'.repeat(300) } });
    const cuts = { cutAfterRedaction: 40, maxStoredChars: 100 };
    const once = afterRedaction(input, cuts);
    expect(afterRedaction(once, cuts)).toEqual(once);
    expect(cutLongStrings(cutLongStrings('q'.repeat(500), 100), 100)).toBe(cutLongStrings('q'.repeat(500), 100));
  });

  it('is asked for only where pseudonyms could pass the bound', async () => {
    const { shapeEvent } = await import('../auditor/shape.js');
    const { newBudget } = await import('./normalize.js');
    const defaults = { stream: 's', agent: { id: 'a' }, source: 'test', session: undefined, actor: undefined, capture: 'full' } as never;
    const base = { id: 'e', ts: '2026-01-01T00:00:00.000Z', seq: 0, trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) } } as never;
    const shape = (result: unknown) => shapeEvent({ type: 'tool.result', tool: { name: 't', result } } as never, base, defaults, DEFAULT_LIMITS, newBudget(DEFAULT_LIMITS));
    const edge = Math.floor(BOUND / MAX_REDACTION_GROWTH);
    expect(shape(Array(20).fill('a'.repeat(Math.floor((edge - 2000) / 20)))).maxStoredChars).toBeUndefined();
    expect(shape(Array(20).fill('a'.repeat(Math.floor((edge + 2000) / 20)))).maxStoredChars).toBe(BOUND);
  });
});
