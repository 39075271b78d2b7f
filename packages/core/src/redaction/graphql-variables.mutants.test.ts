// Issue 13 (mutation testing) for graphql-variables.ts: direct calls, exact results. The J17 tests
// of structs-2026-12-04d.test.ts check what the redactor stores; these pin the request shape the
// reader needs, its gates, the first-argument rule and the bound on the query read.
import { describe, expect, it } from 'vitest';
import { graphqlArguments, graphqlRequestOf } from './graphql-variables.js';
import { MAX_STATEMENT } from './sql-binds.js';

type Request = Parameters<typeof graphqlRequestOf>[0];
const request = (value: Request, keys: readonly string[] = Object.keys(value)) => graphqlRequestOf(value, keys);

describe('graphqlRequestOf', () => {
  it('maps a request variables by the arguments the query passes them to', () => {
    expect(request({ query: 'query Q($v: Date) { members(birthDate: $v) { id } }', variables: { v: '1979-11-02' } })).toEqual({ member: 'variables', binds: { byPosition: [], byName: new Map([['v', 'birthDate']]) } });
  });
  it('reads a query whose { or $ comes first', () => {
    expect(request({ query: '{ f(ssn: $x) { id } }', variables: {} })?.binds.byName).toEqual(new Map([['x', 'ssn']]));
    expect(request({ query: '$x f(ssn: $x) { id }', variables: {} })?.binds.byName).toEqual(new Map([['x', 'ssn']]));
  });
  it('needs a variables key, a string query and a variables object', () => {
    const query = 'query Q($v: Date) { members(birthDate: $v) { id } }';
    expect(request({ query, variables: { v: 'x' } }, ['query'])).toBeUndefined();
    expect(request({ query: 1, variables: { v: 'x' } })).toBeUndefined();
    expect(request({ query, variables: null })).toBeUndefined();
    expect(request({ query, variables: 'v' })).toBeUndefined();
    expect(request({ query, variables: ['x'] })).toBeUndefined();
    expect(request({ query, variables: {} })).toBeDefined();
  });
  it('needs a $ and a { in the query, and a variable passed to a named argument', () => {
    expect(request({ query: 'query Q { members(birthDate: 1) { id } }', variables: {} })).toBeUndefined();
    expect(request({ query: 'members(birthDate: $v)', variables: {} })).toBeUndefined();
    expect(request({ query: 'query Q($v: Date) { members { id } }', variables: {} })).toBeUndefined();
  });
  it('reads the first 20,000 characters of the query', () => {
    const lead = 'query Q { ' + ' '.repeat(MAX_STATEMENT);
    const at = (text: string): string => lead.slice(0, MAX_STATEMENT - text.length) + text;
    expect(request({ query: at('f(ssn: $x)') + ' }', variables: {} })?.binds.byName).toEqual(new Map([['x', 'ssn']]));
    expect(request({ query: at('f(ssn: $x') + 'y) }', variables: {} })?.binds.byName).toEqual(new Map([['x', 'ssn']]));
    expect(request({ query: at('f(ssn: ') + '$x) }', variables: {} })).toBeUndefined();
  });
});

describe('graphqlArguments', () => {
  it('maps each variable to the first argument it is passed to, in a list too', () => {
    expect([...graphqlArguments('f(a: $x) g(b: $x)')]).toEqual([['x', 'a']]);
    expect([...graphqlArguments('f(a: $x, ids: [$x, $y]) g(b: $y)')]).toEqual([['x', 'a'], ['y', 'ids']]);
    expect([...graphqlArguments('f(ids: [$y, $y]) g(b: $y, input: { c: $z })')]).toEqual([['y', 'ids'], ['z', 'c']]);
    expect([...graphqlArguments('f(ids: [1, 2], b: "$q")')]).toEqual([]);
  });
});
