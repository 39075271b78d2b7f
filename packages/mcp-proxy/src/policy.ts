import { posix } from 'node:path';
import picomatch from 'picomatch';
import { editDistance } from '@agent-audit/core';
import { refuseUnknownKeys } from './internal/keys.js';

/**
 * A rule on one argument of the tools whose names match `tool`.
 * The argument is found by a dotted path (`path`, `options.mode`). Values that are not strings
 * are compared as their JSON text. A missing argument never matches an `allow` list.
 */
export interface ArgumentRule {
  /** Glob over tool names: the tool's own name or `<server>__<name>` (see `ToolPolicy`). */
  tool: string;
  /** Dotted path into the call's arguments. */
  argument: string;
  /** The value must match at least one of these globs. */
  allow?: string[];
  /** The value must match none of these globs. */
  deny?: string[];
  /** The value must match this regular expression (JavaScript syntax, whole value). */
  pattern?: string;
  /**
   * `path`: the value is matched the way a server would resolve it (see `pathForms`): `.` and
   * `..` segments, repeated and trailing slashes, `\\` as a separator, Windows' trailing dots and
   * spaces and NTFS stream suffixes (`.env.`, `.env::$DATA`) and `file://` URIs are resolved
   * first; a value with a NUL character is denied. A `deny` glob that matches the value as
   * written or any resolved form denies; `allow` and `pattern` must hold for every resolved form; a value that still climbs out
   * (`../x`) is denied. Glob `*` stops at `/`, `**` crosses it.
   */
  kind?: 'path' | 'string';
  /** Name of the rule in `policy.deny` events; defaults to `<tool>:<argument>`. */
  name?: string;
}

/**
 * What the proxy lets through. Evaluated for every `tools/call`, in this order: a `deny` glob
 * that matches the tool name denies; an `allow` list that exists and does not match denies;
 * then every argument rule whose `tool` glob matches must pass.
 *
 * A glob names a tool in either form, whether or not the proxy prefixes names on the wire (it
 * does with several upstreams, not with one): `<server>__<name>` (`files__read_file`) or the
 * tool's own name (`read_file`). `deny` and rules apply when either form matches; `allow` lets a
 * call through when `<server>__<name>` or the name the client sees matches (so with several
 * upstreams a bare name allows nothing). See `toolNames`.
 *
 * @example
 * ```ts
 * const policy: ToolPolicy = {
 *   deny: ['*__delete_*'],
 *   rules: [{ tool: 'filesystem__*', argument: 'path', kind: 'path', allow: ['/srv/data/**'] }],
 * };
 * ```
 */
export interface ToolPolicy {
  allow?: string[];
  deny?: string[];
  rules?: ArgumentRule[];
  /**
   * Checked before everything else: while `check(agent)` says paused, every call is denied
   * (`policy: 'pause'`). `pauseStore()` of `@agent-audit/core` fits; its `check` fails closed.
   */
  pause?: PauseGate;
}

/** Whose pause to check and how (`{ agent: 'mcp-proxy', check: pauseStore().check }`). */
export interface PauseGate {
  agent: string;
  check(agent: string): { paused: boolean; reason?: string };
}

/** The outcome of a policy check. */
export interface PolicyDecision {
  allowed: boolean;
  /** Rule that decided (`deny:<glob>`, `allow`, `<tool>:<argument>`), for the record. */
  policy: string;
  reason: string;
}

const cache = new Map<string, RegExp>();

/**
 * A policy glob as a regular expression, compiled once by picomatch with `dot: true`: `*` any
 * characters except `/`, `**` any number of path segments (zero included), `?` one character
 * except `/`, plus picomatch's `[a-z]`, `{a,b}` and extglobs. With `dot: true` a glob also
 * matches names that start with a dot, so the docs' deny rule for any folder's `.env` also
 * catches a bare `.env`.
 *
 * @example
 * ```ts
 * globToRegExp('files__*').test('files__read_file') // true
 * globToRegExp('**' + '/.env').test('.env')          // true
 * ```
 */
export function globToRegExp(glob: string): RegExp {
  let found = cache.get(glob);
  if (found) return found;
  found = picomatch.makeRe(glob, { dot: true });
  cache.set(glob, found);
  return found;
}

function matchesAny(value: string, globs: readonly string[]): string | undefined {
  return globs.find((glob) => globToRegExp(glob).test(value));
}

/** The first glob that matches any of the names. */
function firstMatch(names: readonly string[], globs: readonly string[]): string | undefined {
  return globs.find((glob) => names.some((name) => globToRegExp(glob).test(name)));
}

/** A path with `.`/`..` segments resolved and repeated and trailing slashes removed (`/` stays `/`). */
function resolveSegments(path: string): string {
  const normalized = posix.normalize(path);
  const trimmed = normalized.length > 1 ? normalized.replace(/\/+$/, '') : normalized;
  return trimmed === '' ? '/' : trimmed;
}

/**
 * The paths a server may make of a `kind: "path"` argument: resolved as a POSIX server does
 * (`.env/`, `sub//.env`, `a.txt/../.env`, `./.env` are all `.env`), and again with `\\` taken as
 * a separator as a Windows server does (`sub\\.env` is `sub/.env`). A `file://` URI on this
 * machine (no host or `localhost`) stands for its percent-decoded path. Plain paths are not
 * percent-decoded: a server opens `%2Eenv` as written.
 *
 * @example
 * ```ts
 * pathForms('.env/')                       // ['.env']
 * pathForms('sub\\..\\.env')              // ['sub\\..\\.env', '.env']
 * pathForms('file:///srv/data/%2Eenv')     // ['/srv/data/.env']
 * ```
 */
export function pathForms(value: string): string[] {
  let path = value;
  const uri = /^file:\/\/([^/]*)(\/.*)?$/i.exec(value);
  if (uri && (uri[1] === '' || uri[1]!.toLowerCase() === 'localhost')) {
    const rest = (uri[2] ?? '/').replace(/[?#].*$/s, '');
    try {
      path = decodeURIComponent(rest);
    } catch {
      path = rest;
    }
  }
  const forms = [resolveSegments(path)];
  if (path.includes('\\')) forms.push(resolveSegments(path.replace(/\\/g, '/')));
  for (const form of [...forms]) {
    const windows = windowsForm(form);
    if (windows !== form) forms.push(windows);
  }
  return [...new Set(forms)];
}

/**
 * The name a Windows server opens for a (slash-separated) path: each segment loses its trailing
 * dots and spaces (`.env.`, `.env ` are `.env`; `.. ` is `..`) and an NTFS stream suffix
 * (`.env::$DATA`, `.env:s:$DATA` are `.env`; a drive `C:` stays), then `.`/`..` are resolved again.
 */
function windowsForm(path: string): string {
  if (!/[. ](\/|$)|:/.test(path)) return path;
  const segments = path.split('/').map((segment, i) => {
    if (segment === '.' || segment === '..' || segment === '') return segment;
    let name = segment;
    const colon = name.indexOf(':');
    if (colon >= 0 && !(i === 0 && /^[A-Za-z]:$/.test(name))) name = name.slice(0, colon);
    name = name.replace(/[. ]+$/, '');
    // `...` (dots only) is the current folder on Windows; `.. ` is `..`.
    if (name === '') return /^\.+ *$/.test(segment) && segment.trim() === '..' ? '..' : '.';
    return name;
  });
  return resolveSegments(segments.join('/'));
}

const climbsOut = (path: string): boolean => path === '..' || path.startsWith('../');

function lookup(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The separator of `<server>__<name>`, as the proxy writes it with several upstreams. */
const SEPARATOR = '__';
/** Characters that make a glob more than a literal name. */
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;

/**
 * Where a call goes: the upstream server and the tool's own name there, besides the name the
 * client sent (`<server>__<name>` with several upstreams, the own name with one).
 */
export interface ToolTarget {
  server: string;
  name: string;
}

/**
 * The names policy globs are tested against for one call: `own` (the server's name for the
 * tool), `qualified` (`<server>__<name>`) and `visible` (what the client called). Without a
 * target every form is the name the client called.
 *
 * @example
 * ```ts
 * toolNames('get_env', { server: 'fw', name: 'get_env' }) // { own: 'get_env', qualified: 'fw__get_env', visible: 'get_env' }
 * ```
 */
export function toolNames(visible: string, target?: ToolTarget): { own: string; qualified: string; visible: string } {
  if (!target) return { own: visible, qualified: visible, visible };
  return { own: target.name, qualified: `${target.server}${SEPARATOR}${target.name}`, visible };
}

/** Most alternatives a brace glob is expanded to for the start-up check; a larger one is not checked. */
const MAX_ALTERNATIVES = 256;

/**
 * The alternatives of a glob's `{a,b}` braces, nested ones too (`{fs,mem{ory,o}}__x` is
 * `fs__x`, `memory__x`, `memo__x`), or `undefined` when they cannot be told apart here: an
 * unbalanced or escaped brace, a brace without a comma (`{1..3}`, `{a}`), or more than 256
 * alternatives. Each round removes one brace pair, so the work is bounded by the alternatives.
 */
function expandBraces(glob: string): string[] | undefined {
  if (glob.includes('\\')) return undefined;
  const done: string[] = [];
  const pending = [glob];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const open = current.indexOf('{');
    if (open < 0) {
      done.push(current);
      continue;
    }
    let depth = 0;
    let close = -1;
    const commas: number[] = [];
    for (let i = open; i < current.length && close < 0; i++) {
      const c = current[i];
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) close = i;
      else if (c === ',' && depth === 1) commas.push(i);
    }
    if (close < 0 || commas.length === 0) return undefined;
    const bounds = [open, ...commas, close];
    // Pushed last first, so the alternatives come out in the order they are written.
    for (let k = bounds.length - 2; k >= 0; k--) pending.push(current.slice(0, open) + current.slice(bounds[k]! + 1, bounds[k + 1]) + current.slice(close + 1));
    if (pending.length + done.length > MAX_ALTERNATIVES) return undefined;
  }
  return done;
}

/**
 * `@(a|b)`, picomatch's "exactly one of", written as the braces `{a,b}` that mean the same, so
 * its alternatives are checked one by one as braces' are. Only simple groups (no parentheses,
 * braces or commas inside); other extglobs (`?(…)`, `*(…)`, `+(…)`, `!(…)`) are left as they are.
 * One pass, linear in the glob's length.
 */
function exactlyOneAsBraces(glob: string): string {
  return glob.replace(/@\(([^(){},|]*(?:\|[^(){},|]*)+)\)/g, (_, body: string) => `{${body.split('|').join(',')}}`);
}

/**
 * A glob that can match no tool of these servers: `<server>__…` whose server part (the text
 * before the first `__`) is a literal name that is no configured server, or a glob that matches
 * none of them and cannot reach the separator to match a longer name (no configured server
 * starts with its text before the first glob character: `evr*thing`), in the glob or in any
 * alternative of its braces or its `@(a|b)` (`{fs,memory}__x`, `@(fs|memory)__x`); or (with
 * several servers) a literal `allow` name without a server, which no name the client sees can
 * match. Returns why, or `undefined`.
 */
function unmatchable(glob: string, servers: readonly string[], list: 'allow' | 'deny' | 'rule'): string | undefined {
  // Each alternative is checked as a literal would be: `{fs,memory}__x` and `@(fs|memory)__x` name `fs`.
  const braced = glob.includes('@(') ? exactlyOneAsBraces(glob) : glob;
  for (const alternative of braced.includes('{') ? expandBraces(braced) ?? [braced] : [braced]) {
    const at = alternative.indexOf(SEPARATOR);
    if (at <= 0) continue;
    const server = alternative.slice(0, at);
    const close = (): string => {
      const near = servers.filter((s) => editDistance(s.toLowerCase(), server.toLowerCase()) <= Math.max(1, Math.floor(s.length / 4)));
      return near.length > 0 ? `did you mean "${near[0]}"? ` : '';
    };
    if (!GLOB_CHARS.test(server)) {
      if (!servers.includes(server)) return `names server "${server}", which is not configured (servers: ${servers.join(', ')}); ${close()}write <server>__<tool> with one of those, or the tool's own name`;
      continue;
    }
    // A glob server part: it can match `<server>__<tool>` only if it matches a configured server,
    // or, through a wildcard that spans the separator, a name that starts with one (so the server
    // starts with the part's literal text before its first glob character).
    const literal = server.slice(0, server.search(GLOB_CHARS));
    let matches: RegExp;
    try {
      matches = globToRegExp(server);
    } catch {
      continue;
    }
    if (!servers.some((s) => matches.test(s) || s.startsWith(literal))) {
      return `has server part "${server}", a glob that matches no configured server (servers: ${servers.join(', ')}); ${close()}write <server>__<tool> with one of those, or the tool's own name`;
    }
  }
  const at = glob.indexOf(SEPARATOR);
  if (list === 'allow' && servers.length > 1 && at < 0 && !GLOB_CHARS.test(glob)) {
    return `allows no tool: with several servers the client calls <server>__<tool>; write ${servers.map((s) => `"${s}__${glob}"`).join(' or ')}`;
  }
  return undefined;
}

/** The keys of a policy, of its `pause` and of an argument rule; any other is refused. */
const POLICY_KEYS = ['allow', 'deny', 'rules', 'pause'] as const satisfies ReadonlyArray<keyof ToolPolicy>;
const PAUSE_KEYS = ['agent', 'check'] as const satisfies ReadonlyArray<keyof PauseGate>;
const RULE_KEYS = ['tool', 'argument', 'allow', 'deny', 'pattern', 'kind', 'name'] as const satisfies ReadonlyArray<keyof ArgumentRule>;

/**
 * Checks a policy once, up front, so a typo fails at start-up and not at the first call.
 * Throws a plain `Error` naming the bad entry; a key the policy, its `pause` or a rule does not
 * know is refused with "did you mean" (``unknown key `policy.denny` (did you mean `deny`?)``). Given the configured servers' names, it also
 * refuses an entry that can match no tool of theirs (`fw__get_env` without a server `fw`).
 *
 * @example
 * ```ts
 * validateToolPolicy({ rules: [{ tool: 'x', argument: 'path', pattern: '(' }] }) // throws: not a valid regular expression
 * validateToolPolicy({ deny: ['fs__delete'] }, ['files'])                          // throws: names server "fs", which is not configured
 * ```
 */
export function validateToolPolicy(policy: ToolPolicy, servers?: readonly string[]): void {
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) throw new Error('policy must be an object');
  // A misspelt key (`denny`, `Deny`, a rule's `knd`) is refused: ignored, it would be no policy at all.
  refuseUnknownKeys('policy', policy, POLICY_KEYS);
  if (policy.pause !== undefined) {
    if (typeof policy.pause !== 'object' || policy.pause === null) throw new Error('policy.pause must be { agent, check }');
    refuseUnknownKeys('policy.pause', policy.pause, PAUSE_KEYS);
  }
  if (policy.rules !== undefined && !Array.isArray(policy.rules)) throw new Error('policy.rules must be an array of rules');
  for (const [key, list] of [['allow', policy.allow], ['deny', policy.deny]] as const) {
    if (list !== undefined && (!Array.isArray(list) || list.some((g) => typeof g !== 'string'))) {
      throw new Error(`policy.${key} must be an array of glob strings`);
    }
    if (servers && list) {
      for (const [index, glob] of list.entries()) {
        const why = unmatchable(glob, servers, key);
        if (why) throw new Error(`policy.${key}[${index}] "${glob}" ${why}`);
      }
    }
  }
  for (const [index, rule] of (policy.rules ?? []).entries()) {
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) throw new Error(`policy.rules[${index}] must be an object`);
    refuseUnknownKeys(`policy.rules[${index}]`, rule, RULE_KEYS);
    if (typeof rule.tool !== 'string' || typeof rule.argument !== 'string' || rule.argument === '') {
      throw new Error(`policy.rules[${index}] needs string "tool" and "argument"`);
    }
    const why = servers ? unmatchable(rule.tool, servers, 'rule') : undefined;
    if (why) throw new Error(`policy.rules[${index}].tool "${rule.tool}" ${why}`);
    for (const key of ['allow', 'deny'] as const) {
      const list = rule[key];
      if (list !== undefined && (!Array.isArray(list) || list.some((g) => typeof g !== 'string'))) throw new Error(`policy.rules[${index}].${key} must be an array of glob strings`);
    }
    if (rule.kind !== undefined && rule.kind !== 'path' && rule.kind !== 'string') throw new Error(`policy.rules[${index}].kind must be "path" or "string"`);
    if (rule.allow === undefined && rule.deny === undefined && rule.pattern === undefined) {
      throw new Error(`policy.rules[${index}] has none of allow, deny, pattern`);
    }
    if (rule.pattern !== undefined) {
      try {
        new RegExp(rule.pattern);
      } catch (error) {
        throw new Error(`policy.rules[${index}].pattern is not a valid regular expression`, { cause: error });
      }
    }
  }
}

/**
 * Decides whether a tool call may go upstream. `tool` is the name the client called; `target`
 * (the server and the tool's own name there) lets globs in either form match (see `ToolPolicy`).
 *
 * @example
 * ```ts
 * evaluateToolPolicy({ deny: ['*secret*'] }, 'get_secret', {}) // { allowed: false, policy: 'deny:*secret*', ... }
 * evaluateToolPolicy({ deny: ['fw__get_env'] }, 'get_env', {}, { server: 'fw', name: 'get_env' }) // denied
 * ```
 */
export function evaluateToolPolicy(policy: ToolPolicy, tool: string, args: unknown, target?: ToolTarget): PolicyDecision {
  if (policy.pause) {
    let paused: { paused: boolean; reason?: string };
    try {
      paused = policy.pause.check(policy.pause.agent);
    } catch (error) {
      // A pause state that cannot be read denies (fail closed).
      paused = { paused: true, reason: `pause state unreadable: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (paused.paused) return { allowed: false, policy: 'pause', reason: paused.reason ?? `agent ${policy.pause.agent} is paused` };
  }
  const names = toolNames(tool, target);
  // deny and rules restrict: either form of the name; allow opens: the qualified or the visible name.
  const restricted = [...new Set([names.visible, names.own, names.qualified])];
  const allowable = [...new Set([names.visible, names.qualified])];
  const denied = policy.deny ? firstMatch(restricted, policy.deny) : undefined;
  if (denied !== undefined) return { allowed: false, policy: `deny:${denied}`, reason: `tool "${tool}" matches deny pattern "${denied}"` };
  if (policy.allow && firstMatch(allowable, policy.allow) === undefined) {
    return { allowed: false, policy: 'allow', reason: `tool "${tool}" is not in the allow list` };
  }
  for (const rule of policy.rules ?? []) {
    if (!restricted.some((name) => globToRegExp(rule.tool).test(name))) continue;
    const name = rule.name ?? `${rule.tool}:${rule.argument}`;
    const raw = lookup(args, rule.argument);
    const value = raw === undefined ? undefined : typeof raw === 'string' ? raw : JSON.stringify(raw);
    // What allow and pattern must hold for: the value, or every path a server may make of it.
    const forms = value === undefined ? [] : rule.kind === 'path' ? pathForms(value) : [value];
    if (rule.kind === 'path' && value !== undefined && value.includes('\0')) {
      // A C server stops at the NUL (`.env\0.txt` opens `.env`): never a path to pass on.
      return { allowed: false, policy: name, reason: `argument "${rule.argument}" contains a NUL character` };
    }
    if (rule.kind === 'path' && forms.some(climbsOut)) {
      return { allowed: false, policy: name, reason: `argument "${rule.argument}" climbs out of its directory` };
    }
    if (rule.deny && value !== undefined) {
      // The value as written too: a deny glob aimed at a spelling still denies it.
      for (const form of new Set([value, ...forms])) {
        const hit = matchesAny(form, rule.deny);
        if (hit !== undefined) return { allowed: false, policy: name, reason: `argument "${rule.argument}" matches denied pattern "${hit}"` };
      }
    }
    if (rule.allow && (forms.length === 0 || forms.some((form) => matchesAny(form, rule.allow!) === undefined))) {
      return { allowed: false, policy: name, reason: `argument "${rule.argument}" is not in the allowed patterns` };
    }
    if (rule.pattern !== undefined) {
      const pattern = new RegExp(`^(?:${rule.pattern})$`, 's');
      if (forms.length === 0 || forms.some((form) => !pattern.test(form))) {
        return { allowed: false, policy: name, reason: `argument "${rule.argument}" does not match the required pattern` };
      }
    }
  }
  return { allowed: true, policy: 'allow', reason: 'no rule denied the call' };
}

/** A policy entry that matches none of the tools the servers listed. */
export interface UnmatchedPolicyEntry {
  /** Where it is: `policy.deny[0]`, `policy.allow[2]`, `policy.rules[1].tool`. */
  entry: string;
  glob: string;
  /** Listed names close to it (a typo: `get_env` for `get-env`), in the form the entry is written in; at most three. */
  close: string[];
  /** The warning to show: the entry, the glob, the close names or some listed ones. */
  message: string;
}

/**
 * The entries of a policy (`deny`, `allow`, each rule's `tool`) that match none of `tools`, the
 * tools the configured servers listed (each as its server and its own name), in any form a call
 * could be named (`<server>__<name>` or the name itself). Such an entry does nothing while the
 * servers offer those tools: a typo in a deny list (`fw__get_env` for `get-env`) lets the tool
 * run. The proxy warns of each once its servers have listed their tools (`onWarning`); it does not
 * refuse them, since a server may add a tool later (`notifications/tools/list_changed`) and a deny
 * entry written ahead of it is legitimate. Entries with a glob character are checked too.
 *
 * @example
 * ```ts
 * unmatchedPolicyEntries({ deny: ['fw__get_env'] }, [{ server: 'fw', name: 'get-env' }])
 * // [{ entry: 'policy.deny[0]', glob: 'fw__get_env', close: ['fw__get-env'],
 * //    message: 'policy.deny[0] "fw__get_env" matches no tool the servers list, so it does nothing; did you mean "fw__get-env"?' }]
 * ```
 */
export function unmatchedPolicyEntries(policy: ToolPolicy, tools: readonly ToolTarget[]): UnmatchedPolicyEntry[] {
  const entries: Array<[string, string]> = [
    ...(policy.deny ?? []).map((glob, i): [string, string] => [`policy.deny[${i}]`, glob]),
    ...(policy.allow ?? []).map((glob, i): [string, string] => [`policy.allow[${i}]`, glob]),
    ...(policy.rules ?? []).map((rule, i): [string, string] => [`policy.rules[${i}].tool`, rule.tool]),
  ];
  const out: UnmatchedPolicyEntry[] = [];
  for (const [entry, glob] of entries) {
    if (typeof glob !== 'string') continue;
    const re = globToRegExp(glob);
    if (tools.some((t) => re.test(t.name) || re.test(`${t.server}${SEPARATOR}${t.name}`))) continue;
    // Close names, in the entry's own form (qualified when it names a server): the tool part
    // against that server's tools, about one edit in four characters (a swapped pair is one).
    const at = glob.indexOf(SEPARATOR);
    const server = at > 0 ? glob.slice(0, at) : undefined;
    const part = server === undefined ? glob : glob.slice(at + SEPARATOR.length);
    const form = (t: ToolTarget): string => (server === undefined ? t.name : `${t.server}${SEPARATOR}${t.name}`);
    const names = [...new Set(tools.map(form))];
    const limit = Math.max(1, Math.floor(part.length / 4));
    const close = [...new Set(tools.filter((t) => server === undefined || t.server === server || GLOB_CHARS.test(server))
      .map((t) => ({ name: form(t), d: editDistance(t.name.toLowerCase(), part.toLowerCase()) }))
      .filter((c) => c.d <= limit)
      .sort((a, b) => a.d - b.d || (a.name < b.name ? -1 : 1))
      .map((c) => c.name))]
      .slice(0, 3);
    const listed = names.slice(0, 8).map((n) => JSON.stringify(n)).join(', ') + (names.length > 8 ? `, … (${names.length} in all)` : '');
    const advice = close.length > 0 ? `did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?` : names.length > 0 ? `the tools listed: ${listed}` : 'the servers listed no tool';
    out.push({ entry, glob, close, message: `${entry} "${glob}" matches no tool the servers list, so it does nothing; ${advice}` });
  }
  return out;
}
