import { isObject, type Msg, type Params, type RpcError } from './jsonrpc.js';

/**
 * Routing with several upstreams, as pure functions: tool and prompt names carry their server
 * (`<server>__<name>`), lists are merged with one cursor over every server's own, resources
 * go to the server that listed or returned them, and `initialize` answers merge into one.
 * The session (session.ts) holds the state and does the I/O.
 */

export const SEPARATOR = '__';

/** The list methods the proxy merges, the result field each fills and the capability it needs. */
export const LISTS = {
  'tools/list': { field: 'tools', capability: 'tools' },
  'prompts/list': { field: 'prompts', capability: 'prompts' },
  'resources/list': { field: 'resources', capability: 'resources' },
  'resources/templates/list': { field: 'resourceTemplates', capability: 'resources' },
} as const;
export type ListMethod = keyof typeof LISTS;
export type ListField = (typeof LISTS)[ListMethod]['field'];

/** `server__tool` -> `{ server, name }`; `undefined` when the name has no server part. */
export function splitName(namespaced: string): { server: string; name: string } | undefined {
  const at = namespaced.indexOf(SEPARATOR);
  if (at <= 0) return undefined;
  return { server: namespaced.slice(0, at), name: namespaced.slice(at + SEPARATOR.length) };
}

/** The merged cursor: every server's own cursor (`null`: start), as base64url JSON. */
export function encodeCursor(cursors: Record<string, string | null>): string {
  return Buffer.from(JSON.stringify({ p: cursors })).toString('base64url');
}

/** Reads a merged cursor; throws `Error('Invalid cursor')` for anything the proxy did not make. */
export function decodeCursor(cursor: string): Record<string, string | null> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new Error('Invalid cursor');
  }
  if (!isObject(decoded) || !isObject(decoded.p) || Object.values(decoded.p).some((v) => v !== null && typeof v !== 'string')) throw new Error('Invalid cursor');
  return decoded.p as Record<string, string | null>;
}

/** The outcome of merging one page of every server's list. */
export interface MergedList {
  /** The answer for the client: the merged result, or the first error when every server failed. */
  response: { result: Params } | { error: RpcError };
  /** Servers whose answer failed (each is recorded as an `error` event). */
  failed: Array<{ server: string; error: RpcError | undefined }>;
  /** Resource URIs and the server that listed them. */
  owners: Array<[uri: string, server: string]>;
}

/**
 * Merges the answers of several servers to one list request: names of tools and prompts get
 * their server prefix, resources keep their URIs (and who owns them is noted), and the next
 * cursors of the servers that have more go into one merged cursor.
 */
export function mergeLists(field: ListField, answers: ReadonlyArray<{ server: string; answer: Msg }>): MergedList {
  const items: unknown[] = [];
  const next: Record<string, string> = {};
  const failed: MergedList['failed'] = [];
  const owners: MergedList['owners'] = [];
  for (const { server, answer } of answers) {
    if (answer.error || !answer.result) {
      failed.push({ server, error: answer.error });
      continue;
    }
    const list = answer.result[field];
    for (const item of Array.isArray(list) ? list : []) {
      if (!isObject(item)) continue;
      if (field === 'tools' || field === 'prompts') items.push({ ...item, name: `${server}${SEPARATOR}${String(item.name)}` });
      else {
        if (typeof item.uri === 'string') owners.push([item.uri, server]);
        items.push(item);
      }
    }
    if (typeof answer.result.nextCursor === 'string') next[server] = answer.result.nextCursor;
  }
  const firstError = failed.find((f) => f.error)?.error;
  if (items.length === 0 && firstError && Object.keys(next).length === 0 && failed.length === answers.length) {
    return { response: { error: firstError }, failed, owners };
  }
  const result: Params = { [field]: items };
  if (Object.keys(next).length > 0) result.nextCursor = encodeCursor(next);
  return { response: { result }, failed, owners };
}

/** URIs a tool result points at (`resource_link` items and embedded resources), so reads of them route back. */
export function urisIn(content: unknown): string[] {
  if (!Array.isArray(content)) return [];
  const uris: string[] = [];
  for (const item of content) {
    if (!isObject(item)) continue;
    if (typeof item.uri === 'string') uris.push(item.uri);
    if (isObject(item.resource) && typeof item.resource.uri === 'string') uris.push(item.resource.uri);
  }
  return uris;
}

/** What the merged `initialize` answer needs of each server that answered it. */
export interface InitializedUpstream {
  name: string;
  protocolVersion?: string | undefined;
  capabilities?: Params | undefined;
  serverInfo?: Params | undefined;
  instructions?: string | undefined;
}

/**
 * One `initialize` result for several servers: the oldest protocol version any of them
 * speaks, the union of their capabilities (what the proxy can route), the proxy's own server
 * info, and instructions naming the servers followed by each server's own.
 */
export function mergeInitialize(ok: readonly InitializedUpstream[], proxyInfo: { name: string; version: string }, downstreamVersion: string | undefined): Params {
  const versions = ok.map((u) => u.protocolVersion).filter((v): v is string => typeof v === 'string').sort();
  const has = (name: string): InitializedUpstream[] => ok.filter((u) => isObject(u.capabilities?.[name]));
  const capabilities: Params = {};
  for (const name of ['tools', 'prompts', 'resources'] as const) {
    const list = has(name);
    if (list.length === 0) continue;
    const merged: Params = {};
    if (list.some((u) => (u.capabilities?.[name] as Params).listChanged === true)) merged.listChanged = true;
    if (name === 'resources' && list.some((u) => (u.capabilities?.resources as Params).subscribe === true)) merged.subscribe = true;
    capabilities[name] = merged;
  }
  if (has('logging').length > 0) capabilities.logging = {};
  if (has('completions').length > 0) capabilities.completions = {};
  return {
    protocolVersion: versions[0] ?? downstreamVersion,
    capabilities,
    serverInfo: { ...proxyInfo, title: `agent-audit proxy for ${ok.map((u) => u.name).join(', ')}` },
    instructions: [
      `Tools and prompts are named <server>${SEPARATOR}<name>. Servers: ${ok.map((u) => `${u.name} (${String(u.serverInfo?.name ?? 'unknown')})`).join(', ')}.`,
      ...ok.filter((u) => u.instructions).map((u) => `## ${u.name}\n${u.instructions}`),
    ].join('\n\n'),
  };
}
