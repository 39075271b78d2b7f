import type { RecordInput, Trace } from '@agent-audit/core';
import { UriTemplate } from '@modelcontextprotocol/sdk/shared/uriTemplate.js';
import { listFailureEvent, resourceReadEvent, type McpEventContext, type UpstreamRef } from './audit-events.js';
import { errorResponse, isObject, ProxyErrorCode, type Id, type Msg, type Params } from './jsonrpc.js';
import { decodeCursor, LISTS, mergeLists, SEPARATOR, splitName, urisIn, type ListMethod } from './routing.js';

/** A client request with its id and method. */
export type RoutedRequest = Msg & { id: Id; method: string };

/** What the router needs to know of an upstream. */
export interface RoutedUpstream {
  readonly name: string;
  readonly alive: boolean;
  readonly capabilities?: Params | undefined;
  /** Its resource templates, fetched once when a URI has no known owner. */
  templates?: UriTemplate[] | undefined;
}

/** What the router asks of its session: answering, forwarding, the proxy's own requests and recording. */
export interface RouterHost<U extends RoutedUpstream> {
  readonly upstreams: readonly U[];
  /** The session's event context, as it is now (the client is known after initialize). */
  eventContext(): McpEventContext;
  ref(upstream: U): UpstreamRef;
  reply(message: Msg): void;
  forward(upstream: U, message: RoutedRequest, options?: { display?: string }): void;
  toolCall(upstream: U, message: RoutedRequest, display: string): void;
  /** A request the proxy makes itself; resolves with the answer (never rejects). */
  request(upstream: U, method: string, params: Params): Promise<Msg>;
  childTrace(params: Params | undefined): Trace;
  record(event: RecordInput): void;
  guard(fn: () => void): void;
  report(error: unknown, context: string): void;
}

/**
 * Who a resource URI belongs to: the server that claimed it first, and whether that server listed
 * it (`resources/list`) or only named it (in a tool result or a `resources/updated` notification);
 * or the servers that listed it both, when two did.
 */
type UriClaim<U> = { owner: U; listed: boolean } | { listedBy: string[] };

/** At most this many URIs are remembered from tool results and notifications (a listing is always). */
const MAX_NAMED_URIS = 65_536;
/** Pages of `resources/list` the router reads from each server to learn their URIs, at most. */
const MAX_LIST_PAGES = 20;

/**
 * Routes a client's requests over several upstreams: names carry their server
 * (`<server>__<tool>`), lists are merged (routing.ts), resources go to the server that owns their
 * URI, and `logging/setLevel` goes to every server that logs. With one upstream the session
 * forwards everything as it is and does not use this.
 *
 * A URI is owned by the server that lists it; a server that only names it (in a tool result or a
 * `resources/updated` notification) owns it until another server lists it, and never takes a URI
 * another server claimed first. Two servers that both list one URI own it neither: its reads are
 * refused (-32002) and recorded, because either answer could be the other server's data passed
 * off (the adapters' probe of 2026-12-07, M1: a second server's template or tool result took the
 * reads of the first server's record). A URI no server claims is first looked up in every
 * server's `resources/list` (once per session), then in their resource templates: exactly one
 * matching server gets it; two or more is the same refusal.
 */
export class Router<U extends RoutedUpstream> {
  private readonly claims = new Map<string, UriClaim<U>>();
  private named = 0;
  private listsRead: Promise<void> | undefined;

  constructor(private readonly host: RouterHost<U>) {}

  /** Routes one request (not `initialize`, which the session answers itself). */
  route(message: RoutedRequest): void {
    const { method, params, id } = message;
    switch (method) {
      case 'ping':
        return this.host.reply({ jsonrpc: '2.0', id, result: {} });
      case 'tools/list':
      case 'prompts/list':
      case 'resources/list':
      case 'resources/templates/list':
        return this.fanList(message, method);
      case 'tools/call':
      case 'prompts/get': {
        const name = typeof params?.name === 'string' ? params.name : '';
        const target = this.byName(name);
        if (!target) {
          return this.host.reply(errorResponse(id, { code: ProxyErrorCode.InvalidParams, message: `Unknown ${method === 'tools/call' ? 'tool' : 'prompt'}: ${name} (names are <server>${SEPARATOR}<name>)` }));
        }
        const rewritten = { ...message, params: { ...params, name: target.name } };
        return method === 'tools/call' ? this.host.toolCall(target.upstream, rewritten, name) : this.host.forward(target.upstream, rewritten, { display: name });
      }
      case 'resources/read':
      case 'resources/subscribe':
      case 'resources/unsubscribe':
        return this.routeByUri(message, typeof params?.uri === 'string' ? params.uri : '');
      case 'completion/complete': {
        const ref = isObject(params?.ref) ? params.ref : {};
        if (ref.type === 'ref/prompt' && typeof ref.name === 'string') {
          const target = this.byName(ref.name);
          if (!target) return this.host.reply(errorResponse(id, { code: ProxyErrorCode.InvalidParams, message: `Unknown prompt: ${ref.name}` }));
          return this.host.forward(target.upstream, { ...message, params: { ...params, ref: { ...ref, name: target.name } } });
        }
        return this.routeByUri(message, typeof ref.uri === 'string' ? ref.uri : '');
      }
      case 'logging/setLevel':
        return this.fanAll(message, (upstream) => isObject(upstream.capabilities?.logging));
      default:
        return this.host.reply(errorResponse(id, { code: ProxyErrorCode.MethodNotFound, message: `Method not found: ${method} (not supported with several upstreams)` }));
    }
  }

  /** Notes a URI a `resources/updated` notification of `upstream` names (a claim by naming: claim()). */
  own(uri: string, upstream: U): void {
    this.claim(uri, upstream, false);
  }

  /** For a forwarded request: learns the URIs a tool result points at, so reads of them route back (claims by naming). */
  transformFor(upstream: U, method: string): ((result: Params) => Params) | undefined {
    if (method !== 'tools/call') return undefined;
    return (result) => {
      for (const uri of urisIn(result.content)) this.claim(uri, upstream, false);
      return result;
    };
  }

  /**
   * Records `upstream`'s claim on `uri`: `listed` by `resources/list`, else named. The first claim
   * wins, but a listing takes a URI that another server only named; a second server listing a
   * listed URI makes it ambiguous (owned by neither).
   */
  private claim(uri: string, upstream: U, listed: boolean): void {
    const known = this.claims.get(uri);
    if (known === undefined) {
      if (!listed && this.named >= MAX_NAMED_URIS) return;
      if (!listed) this.named++;
      this.claims.set(uri, { owner: upstream, listed });
      return;
    }
    if ('listedBy' in known) {
      if (listed && !known.listedBy.includes(upstream.name)) known.listedBy.push(upstream.name);
      return;
    }
    if (known.owner === upstream) {
      if (listed) known.listed = true;
      return;
    }
    if (!listed) return;
    this.claims.set(uri, known.listed ? { listedBy: [known.owner.name, upstream.name] } : { owner: upstream, listed: true });
  }

  /** Reads every live server's `resources/list` (up to MAX_LIST_PAGES pages each), once per session, claiming what each lists. */
  private readLists(): Promise<void> {
    this.listsRead ??= (async () => {
      for (const upstream of this.host.upstreams) {
        if (!upstream.alive || !isObject(upstream.capabilities?.resources)) continue;
        let cursor: string | undefined;
        for (let page = 0; page < MAX_LIST_PAGES; page++) {
          const response = await this.host.request(upstream, 'resources/list', cursor === undefined ? {} : { cursor });
          const list = response.result?.resources;
          if (Array.isArray(list)) for (const item of list) if (isObject(item) && typeof item.uri === 'string') this.claim(item.uri, upstream, true);
          const next = response.result?.nextCursor;
          if (typeof next !== 'string' || next === '') break;
          cursor = next;
        }
      }
    })();
    return this.listsRead;
  }

  private byName(namespaced: string): { upstream: U; name: string } | undefined {
    const parts = splitName(namespaced);
    const upstream = parts && this.host.upstreams.find((u) => u.name === parts.server);
    return upstream && parts ? { upstream, name: parts.name } : undefined;
  }

  private routeByUri(message: RoutedRequest, uri: string): void {
    this.routeByUriAsync(message, uri).catch((error: unknown) => {
      this.host.report(error, `could not route ${message.method}`);
      this.host.reply(errorResponse(message.id, { code: ProxyErrorCode.InternalError, message: 'The audit proxy failed to route the request' }));
    });
  }

  private async routeByUriAsync(message: RoutedRequest, uri: string): Promise<void> {
    // A URI no server listed yet (unknown, or only named by a tool result): the servers' lists first, once per session.
    const known = this.claims.get(uri);
    if (known === undefined || ('owner' in known && !known.listed)) await this.readLists();
    const claim = this.claims.get(uri);
    let owner = claim !== undefined && 'owner' in claim ? claim.owner : undefined;
    let claimants = claim !== undefined && 'listedBy' in claim ? claim.listedBy : [];
    if (!owner && claimants.length === 0) {
      const matching: U[] = [];
      for (const upstream of this.host.upstreams) {
        if (!upstream.alive || !isObject(upstream.capabilities?.resources)) continue;
        if (!upstream.templates) {
          const response = await this.host.request(upstream, 'resources/templates/list', {});
          const list = response.result?.resourceTemplates;
          upstream.templates = Array.isArray(list)
            ? list.flatMap((t) => {
                try {
                  return isObject(t) && typeof t.uriTemplate === 'string' ? [new UriTemplate(t.uriTemplate)] : [];
                } catch {
                  return [];
                }
              })
            : [];
        }
        if (upstream.templates.some((template) => template.match(uri) !== null)) matching.push(upstream);
      }
      if (matching.length === 1) owner = matching[0];
      else claimants = matching.map((upstream) => upstream.name);
    }
    if (!owner) {
      const error =
        claimants.length > 1
          ? { code: ProxyErrorCode.ResourceNotFound, message: `Resource refused: ${uri} is claimed by several upstreams (${claimants.join(', ')}); the proxy cannot tell whose it is`, data: { uri, upstreams: claimants } }
          : { code: ProxyErrorCode.ResourceNotFound, message: `Resource not found: no upstream lists ${uri}`, data: { uri } };
      if (message.method === 'resources/read') {
        this.host.record(resourceReadEvent(this.host.eventContext(), undefined, { uri, downId: message.id, trace: this.host.childTrace(message.params) }, undefined, error, 0));
      }
      return this.host.reply(errorResponse(message.id, error));
    }
    this.host.forward(owner, message);
  }

  private fanList(message: RoutedRequest, method: ListMethod): void {
    const { field, capability } = LISTS[method];
    const params = message.params ?? {};
    let cursors: Record<string, string | null>;
    if (typeof params.cursor === 'string') {
      try {
        cursors = decodeCursor(params.cursor);
      } catch {
        return this.host.reply(errorResponse(message.id, { code: ProxyErrorCode.InvalidParams, message: 'Invalid cursor' }));
      }
    } else {
      cursors = Object.fromEntries(this.host.upstreams.filter((u) => u.alive && isObject(u.capabilities?.[capability])).map((u) => [u.name, null]));
    }
    const targets = Object.entries(cursors).flatMap(([name, cursor]) => {
      const upstream = this.host.upstreams.find((u) => u.name === name);
      return upstream ? [{ upstream, cursor }] : [];
    });
    if (targets.length === 0) return this.host.reply({ jsonrpc: '2.0', id: message.id, result: { [field]: [] } });
    const meta = isObject(params._meta) ? { _meta: params._meta } : {};
    void Promise.all(
      targets.map(({ upstream, cursor }) => this.host.request(upstream, message.method, { ...meta, ...(cursor ? { cursor } : {}) }).then((answer) => ({ server: upstream.name, upstream, answer }))),
    ).then((answers) =>
      this.host.guard(() => {
        const merged = mergeLists(field, answers);
        for (const { server, error } of merged.failed) {
          const upstream = answers.find((a) => a.server === server)!.upstream;
          this.host.record(listFailureEvent(this.host.eventContext(), this.host.ref(upstream), message.method, message.id, this.host.childTrace(params), error));
        }
        for (const [uri, server] of merged.owners) {
          const upstream = this.host.upstreams.find((u) => u.name === server);
          if (upstream) this.claim(uri, upstream, true);
        }
        this.host.reply('error' in merged.response ? errorResponse(message.id, merged.response.error) : { jsonrpc: '2.0', id: message.id, result: merged.response.result });
      }),
    );
  }

  private fanAll(message: RoutedRequest, filter: (upstream: U) => boolean): void {
    const targets = this.host.upstreams.filter((u) => u.alive && filter(u));
    void Promise.all(targets.map((u) => this.host.request(u, message.method, message.params ?? {}))).then((answers) => {
      const failed = answers.find((a) => a.error);
      this.host.reply(failed?.error ? errorResponse(message.id, failed.error) : { jsonrpc: '2.0', id: message.id, result: {} });
    });
  }
}
