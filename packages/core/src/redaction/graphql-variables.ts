// GraphQL variables named only through the query text (a fourth probe of 2026-12-04, J17): a
// request `{ query: 'mutation M($x: String!) { updatePatient(ssn: $x) { id } }', variables: { x:
// '412673390' } }` names its values by the arguments they are passed to, not by the variables'
// own names (`x`, `v1`, `a`). As sql-binds.ts maps a statement's placeholders to the columns they
// stand for, each `$variable` is mapped to the argument (or input-object field) it is the value of:
// `field(name: $var)`, `field(input: { name: $var })`, a list `ids: [$a, $b]` (each to `ids`).
// Which argument name is personal is the key-name rules' (the redactor reads the names together,
// as a statement's columns: columnDecisions). Variable definitions (`$x: String! = "…"`) and
// directive arguments (`@include(if: $flag)`, `if` names nothing) are no mappings.
//
// The request shape is the GraphQL over HTTP specification's (`query`, `variables`,
// `operationName`, `extensions`). Linear: one regular-expression pass with bounded quantifiers over
// at most MAX_STATEMENT characters of the query.
import { MAX_STATEMENT, type BoundStatement } from './sql-binds.js';

/** `name: $var` (an argument or an input object's field passed a variable). */
const ARGUMENT = /(?<![\w$])([A-Za-z_]\w{0,63})\s{0,8}:\s{0,8}(?:\$([A-Za-z_]\w{0,63})|\[([^\]\[{}()]{0,400})\])/g;
/** A variable inside a list value. */
const LIST_VARIABLE = /\$([A-Za-z_]\w{0,63})/g;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * A GraphQL request (`{ query, variables }`, GraphQL over HTTP) whose variables object is named by
 * the arguments the query passes them to: `member` is `variables`, `binds.byName` maps each
 * variable's name (without `$`) to its argument's name as written (the first where a variable is
 * passed to several). Undefined for any other object, and when no variable is passed to a named
 * argument.
 * @example graphqlRequestOf({ query: 'query Q($v: Date) { members(birthDate: $v) { id } }', variables: { v: '1979-11-02' } }, ['query', 'variables'])
 *   // { member: 'variables', binds: { byPosition: [], byName: Map { 'v' => 'birthDate' } } }
 */
export function graphqlRequestOf(value: { readonly [key: string]: Json }, keys: readonly string[]): BoundStatement | undefined {
  if (!keys.includes('variables')) return undefined;
  const query = value.query;
  const variables = value.variables;
  if (typeof query !== 'string' || variables === null || typeof variables !== 'object' || Array.isArray(variables)) return undefined;
  if (query.indexOf('$') < 0 || query.indexOf('{') < 0) return undefined;
  const byName = graphqlArguments(query.length > MAX_STATEMENT ? query.slice(0, MAX_STATEMENT) : query);
  return byName.size === 0 ? undefined : { member: 'variables', binds: { byPosition: [], byName } };
}

/** Each variable of `query` passed to a named argument or input field, with that name (the first one). */
export function graphqlArguments(query: string): Map<string, string> {
  const byName = new Map<string, string>();
  for (const match of query.matchAll(ARGUMENT)) {
    const name = match[1] as string;
    if (match[2] !== undefined) {
      if (!byName.has(match[2])) byName.set(match[2], name);
      continue;
    }
    for (const item of (match[3] as string).matchAll(LIST_VARIABLE)) if (!byName.has(item[1] as string)) byName.set(item[1] as string, name);
  }
  return byName;
}
