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
 * Approval responses in the messages a run starts with: the user's decisions on the approval
 * requests of the previous call, each linked to the tool call it approves or denies.
 */
export function approvalResponsesIn(messages: unknown): ApprovalFound[] {
  const requests = new Map<string, { toolCallId?: string; toolName?: string; input?: unknown }>();
  const responses: Array<{ approvalId: string; approved: boolean; reason?: string }> = [];
  const list = Array.isArray(messages) ? (messages as unknown[]) : [];
  for (const part of parts(list)) {
    if (part['type'] === 'tool-approval-request' && typeof part['approvalId'] === 'string') {
      requests.set(part['approvalId'], compact({ toolCallId: str(part['toolCallId']) }) ?? {});
    } else if (part['type'] === 'tool-approval-response' && typeof part['approvalId'] === 'string') {
      responses.push({ approvalId: part['approvalId'], approved: part['approved'] === true, ...(typeof part['reason'] === 'string' && { reason: part['reason'] }) });
    }
  }
  // Tool calls precede their approval requests in assistant messages; link them in a second pass.
  for (const part of parts(list)) {
    if (part['type'] !== 'tool-call') continue;
    for (const request of requests.values()) {
      if (request.toolCallId === part['toolCallId']) {
        request.toolName = str(part['toolName']);
        request.input = part['input'];
      }
    }
  }
  return responses.map((response) => {
    const request = requests.get(response.approvalId);
    return {
      kind: response.approved ? 'grant' : 'deny',
      approvalId: response.approvalId,
      policy: 'user',
      ...(response.reason !== undefined && { reason: response.reason }),
      ...(request?.toolName !== undefined && {
        tool: compact({ name: request.toolName, callId: request.toolCallId, arguments: request.input }) as { name: string },
      }),
      ...(request?.toolCallId !== undefined && { toolCallId: request.toolCallId }),
    };
  });
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
