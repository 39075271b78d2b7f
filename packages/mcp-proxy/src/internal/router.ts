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
 * Routes a client's requests over several upstreams: names carry their server
 * (`<server>__<tool>`), lists are merged (routing.ts), resources go to the server that listed
 * or returned their URI, else to the first whose templates match, and `logging/setLevel` goes
 * to every server that logs. With one upstream the session forwards everything as it is and
 * does not use this.
 */
export class Router<U extends RoutedUpstream> {
  private readonly uriOwner = new Map<string, U>();

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

  /** Notes which upstream a URI belongs to (a `resources/updated` notification names it). */
  own(uri: string, upstream: U): void {
    this.uriOwner.set(uri, upstream);
  }

  /** For a forwarded request: learns the URIs a tool result points at, so reads of them route back. */
  transformFor(upstream: U, method: string): ((result: Params) => Params) | undefined {
    if (method !== 'tools/call') return undefined;
    return (result) => {
      for (const uri of urisIn(result.content)) this.uriOwner.set(uri, upstream);
      return result;
    };
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
    let owner = this.uriOwner.get(uri);
    if (!owner) {
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
        if (upstream.templates.some((template) => template.match(uri) !== null)) {
          owner = upstream;
          break;
        }
      }
    }
    if (!owner) {
      const error = { code: ProxyErrorCode.ResourceNotFound, message: `Resource not found: no upstream lists ${uri}`, data: { uri } };
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
          if (upstream) this.uriOwner.set(uri, upstream);
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
