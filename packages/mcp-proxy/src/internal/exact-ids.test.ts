import { describe, expect, it } from 'vitest';
import { idAtEitherEnd, memberSource, parseId, parseMessage, recordableId, stringifyMessage } from './exact-ids.js';

describe('exact JSON-RPC ids', () => {
  it('keeps integer ids beyond 2^53 as written, there and back', () => {
    const text = '{"jsonrpc":"2.0","id":9007199254740993,"method":"tools/call","params":{"name":"echo"}}';
    const message = parseMessage(text) as { id: unknown };
    expect(message.id).toBe(9007199254740993n);
    expect(stringifyMessage({ jsonrpc: '2.0', id: message.id, result: {} })).toBe('{"jsonrpc":"2.0","id":9007199254740993,"result":{}}');
    expect(stringifyMessage({ id: -123456789012345678901234567890n })).toBe('{"id":-123456789012345678901234567890}');
  });

  it('keeps the requestId of a cancellation exact too', () => {
    const message = parseMessage('{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"reason":"x","requestId":18446744073709551615}}') as { params: { requestId: unknown } };
    expect(message.params.requestId).toBe(18446744073709551615n);
  });

  it('leaves safe ids, strings and other numbers as JSON.parse gives them', () => {
    for (const id of ['1', '0', '-7', '"1"', '"ü-\\u00e9"', '1.5', '0.30000000000000004', 'null']) {
      const text = `{"jsonrpc":"2.0","id":${id},"method":"ping"}`;
      expect(parseMessage(text)).toEqual(JSON.parse(text));
    }
    // Arguments are not ids: left alone.
    expect((parseMessage('{"id":1,"params":{"n":9007199254740993}}') as { params: { n: unknown } }).params.n).toBe(9007199254740992);
  });

  it('finds members past nested values, escapes and repeated keys (the last wins, as in JSON.parse)', () => {
    const text = ' { "a" : {"id": 5, "s": "}\\"{"}, "id" : 1 , "x":[{"id":2}], "id":9007199254740993 } ';
    expect(memberSource(text, ['id'])).toBe('9007199254740993');
    expect(memberSource(text, ['a', 'id'])).toBe('5');
    expect(memberSource(text, ['missing'])).toBeUndefined();
    expect(memberSource('[1]', ['id'])).toBeUndefined();
    expect(memberSource('{"id":', ['id'])).toBeUndefined();
  });

  it('writes back every number id JSON.parse would change as its original text (1.0, -0, 1E2, 9007199254740993.0, 1e400)', () => {
    for (const id of ['9007199254740993.0', '1.0', '-0', '1E2', '1e3', '1e300', '1e400', '-1.50', '12345678901234567890123456789.0']) {
      for (const text of [
        `{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{"name":"x","_meta":{"progressToken":${id}}}}`,
        `{"jsonrpc":"2.0","method":"tools/call","params":{"name":"x"},"id" : ${id} }`,
        `{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":${id}}}`,
      ]) {
        const message = parseMessage(text) as { id?: unknown; params: { requestId?: unknown; _meta?: { progressToken?: unknown } } };
        const held = message.id ?? message.params.requestId;
        expect(typeof held, `${id} in ${text}`).toBe('string'); // routes as a key no client can send
        expect(recordableId(held)).toBe(id);
        const out = stringifyMessage({ jsonrpc: '2.0', id: held, result: {} });
        expect(out).toBe(`{"jsonrpc":"2.0","id":${id},"result":{}}`);
        if (message.params._meta) expect(stringifyMessage(message.params._meta)).toBe(`{"progressToken":${id}}`);
      }
    }
    // Safe integers and canonical numbers stay plain numbers: no extra work, the same text.
    expect(parseMessage('{"id":12,"params":{"_meta":{"progressToken":1.5}}}')).toEqual({ id: 12, params: { _meta: { progressToken: 1.5 } } });
    // A number that is not an id keeps JSON.parse's value.
    expect((parseMessage('{"id":1.0,"params":{"n":2.0}}') as { params: { n: unknown } }).params.n).toBe(2);
  });

  it('a client string that looks like the internal marker stays a string', () => {
    const sneaky = '\u0000exact-id-00000000-0000-0000-0000-000000000000:42';
    expect(JSON.parse(stringifyMessage({ id: sneaky, x: 1n }))).toEqual({ id: sneaky, x: 1 });
  });

  it('reads one id from its JSON text as parseMessage would', () => {
    expect(parseId('9007199254740993')).toBe(9007199254740993n);
    expect(parseId('-9007199254740993')).toBe(-9007199254740993n);
    expect(parseId('9007199254740991')).toBe(9007199254740991);
    expect(stringifyMessage({ id: parseId('1e3') })).toBe('{"id":1e3}');
    expect(recordableId(parseId('1.0'))).toBe('1.0');
    expect(parseId('"a\\"b"')).toBe('a"b');
    expect(parseId('null')).toBeUndefined();
    expect(parseId('"open')).toBeUndefined();
  });

  it('finds the id of an oversized line at either end, exactly', () => {
    const body = ',"method":"tools/call","params":{"name":"echo","arguments":{"message":"xxxx';
    expect(idAtEitherEnd(`{"jsonrpc":"2.0","id":9007199254740993${body}`, 'xxxx"}}}')).toBe(9007199254740993n);
    expect(idAtEitherEnd(`{"id":-18446744073709551617${body}`, 'xxxx"}}}')).toBe(-18446744073709551617n);
    expect(idAtEitherEnd('{"jsonrpc":"2.0","method":"tools/call","params":{"x":"', 'xxxx"}},"id":9007199254740995}')).toBe(9007199254740995n);
    expect(idAtEitherEnd('{"jsonrpc":"2.0","method":"x","params":{"x":"', 'x"}},"id":"tail \\"quoted\\" id"}\r')).toBe('tail "quoted" id');
    expect(idAtEitherEnd('{"jsonrpc":"2.0","id":7,"method"', 'x"}}')).toBe(7);
    // The sample ended inside the digits: no id rather than a wrong one.
    expect(idAtEitherEnd('{"jsonrpc":"2.0","id":90071992547', '')).toBeUndefined();
    // An "id" inside the params is not the request's.
    expect(idAtEitherEnd('{"jsonrpc":"2.0","method":"x","params":{"id":5,"a":"', 'x"}}')).toBeUndefined();
    expect(idAtEitherEnd('{"jsonrpc":"2.0","method":"x","params":{"a":"', 'x","id":5}}')).toBeUndefined();
  });

  it('records bigint ids as their digits', () => {
    expect(recordableId(9007199254740993n)).toBe('9007199254740993');
    expect(recordableId(7)).toBe(7);
  });
});
