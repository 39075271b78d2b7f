import { compact } from './convert.js';
import { isRecord, str } from './event-fields.js';

/** One approval decision found in the messages or the step content the SDK reports. */
export interface ApprovalFound {
  kind: 'request' | 'grant' | 'deny';
  approvalId: string;
  /** `user` (a response the app sent back) or `automatic` (decided by a `toolApproval` policy). */
  policy: 'user' | 'automatic';
  reason?: string;
  tool?: { name: string; callId?: string; arguments?: unknown };
  toolCallId?: string;
}

/**
 * The approval decisions a run starts with: the user's answers to approval requests of an
 * earlier call, each linked to the tool call it approves or denies. Only the answers the SDK acts
 * on in this call, found as its `collectToolApprovals` finds them (ai 6 and ai 7): the responses
 * of the last message when it is a `tool` message, whose approval request and tool call are in
 * the messages, and whose tool call has no result in that message yet (ai 7 still acts on a
 * denial whose result there is `execution-denied`), the first answer per tool call. A chat keeps
 * its history, so a decision stays in the messages of every later call; recorded from there it
 * was one `approval.grant` per later call (probe 2026-12-07 H1). `messages` is the call's
 * `messages`, or its `prompt` when that is a list of messages.
 */
export function approvalResponsesIn(messages: unknown, sdk: 6 | 7): ApprovalFound[] {
  const list = Array.isArray(messages) ? (messages as unknown[]) : [];
  const last = list[list.length - 1];
  if (!isRecord(last) || last['role'] !== 'tool' || !Array.isArray(last['content'])) return [];
  const requests = new Map<string, string | undefined>();
  const toolCalls = new Map<string, { toolName?: string; input?: unknown }>();
  for (const part of parts(list)) {
    if (part['type'] === 'tool-approval-request' && typeof part['approvalId'] === 'string') {
      requests.set(part['approvalId'], str(part['toolCallId']));
    } else if (part['type'] === 'tool-call' && typeof part['toolCallId'] === 'string') {
      toolCalls.set(part['toolCallId'], compact({ toolName: str(part['toolName']), input: part['input'] }) ?? {});
    }
  }
  const lastParts = (last['content'] as unknown[]).filter(isRecord);
  const results = new Map<string, Record<string, unknown>>();
  for (const part of lastParts) if (part['type'] === 'tool-result' && typeof part['toolCallId'] === 'string') results.set(part['toolCallId'], part);
  const found: ApprovalFound[] = [];
  const answered = new Set<string>();
  for (const part of lastParts) {
    if (part['type'] !== 'tool-approval-response' || typeof part['approvalId'] !== 'string') continue;
    const approved = part['approved'] === true;
    const toolCallId = requests.get(part['approvalId']);
    // An answer to no request, or to a call not in the messages: the SDK refuses the whole call.
    if (toolCallId === undefined || !toolCalls.has(toolCallId)) continue;
    const result = results.get(toolCallId);
    if (result !== undefined && (sdk === 6 || approved || (isRecord(result['output']) ? result['output']['type'] : undefined) !== 'execution-denied')) continue;
    if (answered.has(toolCallId)) continue;
    answered.add(toolCallId);
    const call = toolCalls.get(toolCallId);
    found.push({
      kind: approved ? 'grant' : 'deny',
      approvalId: part['approvalId'],
      policy: 'user',
      ...(typeof part['reason'] === 'string' && { reason: part['reason'] }),
      ...(call?.toolName !== undefined && { tool: compact({ name: call.toolName, callId: toolCallId, arguments: call.input }) as { name: string } }),
      toolCallId,
    });
  }
  return found;
}

/** Approval requests (waiting for a person) and automatic decisions in a step's content. */
export function approvalsInStep(content: unknown): ApprovalFound[] {
  const found: ApprovalFound[] = [];
  if (!Array.isArray(content)) return found;
  for (const part of content as unknown[]) {
    if (!isRecord(part) || typeof part['approvalId'] !== 'string') continue;
    const toolCall = isRecord(part['toolCall']) ? part['toolCall'] : {};
    const tool = compact({ name: str(toolCall['toolName']) ?? 'unknown', callId: str(toolCall['toolCallId']), arguments: toolCall['input'] }) as {
      name: string;
    };
    if (part['type'] === 'tool-approval-request' && part['isAutomatic'] !== true) {
      found.push({ kind: 'request', approvalId: part['approvalId'], policy: 'user', tool, ...(typeof part['reason'] === 'string' && { reason: part['reason'] }) });
    } else if (part['type'] === 'tool-approval-response') {
      found.push({
        kind: part['approved'] === true ? 'grant' : 'deny',
        approvalId: part['approvalId'],
        policy: 'automatic',
        tool,
        ...(typeof part['reason'] === 'string' && { reason: part['reason'] }),
      });
    }
  }
  return found;
}

function* parts(messages: unknown[]): Generator<Record<string, unknown>> {
  for (const message of messages) {
    if (!isRecord(message) || !Array.isArray(message['content'])) continue;
    for (const part of message['content'] as unknown[]) if (isRecord(part)) yield part;
  }
}
