import { AuditError, RecordError } from '@agent-audit/core';
import type { Auditor, CaptureMode, CapturePolicy, RecordInput } from '@agent-audit/core';

export const SOURCE = 'ai-sdk';

/** How the adapter hands events to the core: tagged with its source and capture policy, never throwing. */
export interface Recorder {
  readonly auditor: Auditor;
  readonly failClosed: boolean;
  /** Records without waiting. Never throws; a failure goes to the auditor's onError. */
  emit(input: RecordInput): void;
  /**
   * Fail-closed: resolves once the event is durable and rejects with a `RecordError` when it
   * cannot be recorded. Otherwise the same as `emit`.
   */
  write(input: RecordInput): Promise<void>;
  /** Reports an adapter-internal failure through the auditor's onError; never throws. */
  report(error: unknown, context: string): void;
}

export function createRecorder(
  auditor: Auditor,
  { capture, failClosed = false }: { capture?: CaptureMode | CapturePolicy | undefined; failClosed?: boolean | undefined },
): Recorder {
  const tag = (input: RecordInput): RecordInput => {
    const tagged: RecordInput = { ...input, source: SOURCE };
    if (capture !== undefined) tagged.capture = capture;
    return tagged;
  };
  // The core completes a partial trace from the current context (a root span recorded while a
  // stream is pulled inside a model span would get that span as parent). Recording inside the
  // event's own span keeps the trace exactly as given.
  const inOwnSpan = <T>(input: RecordInput, fn: () => T): T => {
    const trace = input.trace;
    return trace?.traceId !== undefined && trace.spanId !== undefined
      ? auditor.run({ trace: { traceId: trace.traceId, spanId: trace.spanId } }, fn)
      : fn();
  };
  const report = (error: unknown, context: string): void => {
    try {
      auditor.onError(
        AuditError.isInstance(error)
          ? error
          : new AuditError({ message: `@agent-audit/ai-sdk: ${context} failed`, cause: error, code: 'adapter_error' }),
      );
    } catch {
      // onError itself threw: nothing left to tell; the host must not see it.
    }
  };
  const emit = (input: RecordInput): void => {
    try {
      const tagged = tag(input);
      inOwnSpan(tagged, () => auditor.record(tagged));
    } catch (error) {
      report(error, `recording ${input.type}`);
    }
  };
  return {
    auditor,
    failClosed,
    emit,
    report,
    async write(input) {
      if (!failClosed) {
        emit(input);
        return;
      }
      try {
        const tagged = tag(input);
        await inOwnSpan(tagged, () => auditor.recordDurable(tagged));
      } catch (error) {
        // The core reports record failures to onError itself; the host gets the error to stop on.
        throw AuditError.isInstance(error)
          ? error
          : new RecordError({ message: `could not record ${input.type}`, cause: error });
      }
    },
  };
}
