import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import type { JSONRPCErrorResponse, JSONRPCNotification, JSONRPCRequest, JSONRPCResultResponse, RequestId } from '@modelcontextprotocol/sdk/types.js';

/**
 * The JSON-RPC shapes the proxy handles, as the MCP SDK types them, with two widenings: an id
 * may be a `bigint` (an integer beyond 2^53 a line transport kept exact, see `exact-ids.ts`),
 * and params and results are plain objects the proxy forwards without validating them.
 */

/** A JSON-RPC id: the SDK's `RequestId`, or a `bigint` kept exact by a line transport. */
export type Id = RequestId | bigint;
/** Params or a result: forwarded as they are. */
export type Params = Record<string, unknown>;
/** The `error` member of a JSON-RPC error response (SDK `JSONRPCErrorResponse['error']`). */
export type RpcError = JSONRPCErrorResponse['error'];

export type Request = Omit<JSONRPCRequest, 'id' | 'params'> & { id: Id; params?: Params };
export type Notification = Omit<JSONRPCNotification, 'params'> & { params?: Params };
export type ResultResponse = Omit<JSONRPCResultResponse, 'id' | 'result'> & { id: Id; result: Params };
export type ErrorResponse = Omit<JSONRPCErrorResponse, 'id'> & { id?: Id | null };
export type Response = ResultResponse | ErrorResponse;

/**
 * Any message, seen member by member: which members are there says what it is (a request has
 * `method` and `id`, a notification `method` only, a response `result` or `error`).
 */
export interface Msg {
  jsonrpc: '2.0';
  id?: Id | null;
  method?: string;
  params?: Params;
  result?: Params;
  error?: RpcError;
}

/**
 * JSON-RPC error codes the proxy itself produces (errors from servers pass unchanged): the MCP
 * SDK's `ErrorCode`, plus MCP's resource-not-found and the proxy's own fail-closed code.
 *
 * @example
 * ```ts
 * if (error.code === ProxyErrorCode.AuditUnavailable) showBanner('audit ledger down');
 * ```
 */
export const ProxyErrorCode = {
  ParseError: ErrorCode.ParseError,
  InvalidRequest: ErrorCode.InvalidRequest,
  MethodNotFound: ErrorCode.MethodNotFound,
  InvalidParams: ErrorCode.InvalidParams,
  InternalError: ErrorCode.InternalError,
  /** Upstream closed or exited before answering (MCP SDK `ErrorCode.ConnectionClosed`). */
  ConnectionClosed: ErrorCode.ConnectionClosed,
  /** No answer within `requestTimeoutMs` (MCP SDK `ErrorCode.RequestTimeout`). */
  RequestTimeout: ErrorCode.RequestTimeout,
  /** MCP's "resource not found" (the spec's -32002; the SDK has no name for it). */
  ResourceNotFound: -32002,
  /** Fail-closed: the call could not be recorded, so it was not forwarded. */
  AuditUnavailable: -32010,
} as const;

export function isObject(value: unknown): value is Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function errorResponse(id: Id | null | undefined, error: RpcError): ErrorResponse {
  return { jsonrpc: '2.0', id: id ?? null, error };
}

/** A map key that keeps `1` and `"1"` apart. */
export const idKey = (id: Id): string => `${typeof id}:${id}`;
