// The record paths compared by record-path.bench.mjs and memory.bench.mjs. Each contender
// takes the same RecordInput objects; `done()` resolves when everything recorded so far has
// gone as far as that tool takes it (agent-audit: fdatasync'd; pino: written to the file,
// never fsync'd; OpenTelemetry: exported by the batch processor to a file, never fsync'd).
import fs from 'node:fs';
import path from 'node:path';
import { loadDist } from './common.mjs';

/**
 * agent-audit's default pipeline: createAuditor + fileLedger (group commit fdatasync) + default
 * redactor. `{ redactionWorker: false }` is the pipeline as it was before issue 19 (redaction and
 * sealing on the host's thread), kept as an option of the auditor; the contender is then named
 * `agent-audit (host thread)`.
 */
export async function agentAuditContender(dir, options = {}) {
  const { createAuditor, fileLedger, createRedactor } = await loadDist('core');
  const errors = [];
  const auditor = createAuditor({
    agent: { id: 'bench-agent' },
    sink: fileLedger({ dir: path.join(dir, 'ledger'), keyDir: path.join(dir, 'keys'), ...(options.fsync === false ? { fsync: false } : {}) }),
    // The default redactor (every built-in detector); its managed pseudonym key lives in a temp folder.
    redactor: createRedactor({ keysDir: path.join(dir, 'keys') }),
    source: 'bench',
    onError: (error) => errors.push(error),
    ...(options.redactionWorker === false ? { redactionWorker: false } : {}),
  });
  return {
    name: options.redactionWorker === false ? 'agent-audit (host thread)' : 'agent-audit',
    record: (event) => auditor.record(event),
    done: () => auditor.flush(),
    close: () => auditor.close(),
    errors,
    auditor,
    ledgerDir: path.join(dir, 'ledger'),
  };
}

/** pino 10 to a file through pino.destination({ sync: false }) (SonicBoom; no fsync). */
export async function pinoContender(dir) {
  const { default: pino } = await import('pino');
  const file = path.join(dir, 'pino.log');
  const destination = pino.destination({ dest: file, sync: false });
  await new Promise((resolve) => destination.once('ready', resolve));
  const logger = pino({}, destination);
  return {
    name: 'pino',
    record: (event) => logger.info(event),
    // flush(cb) only waits for the write in progress; SonicBoom keeps buffering the rest, so
    // "done" also waits until its buffer is empty (its internal _len/_writing: there is no
    // public signal for it). Without this, pino's end-to-end time left unwritten lines out,
    // and a producer that waited on flush() alone grew without bound.
    done: async () => {
      await new Promise((resolve, reject) => destination.flush((error) => (error ? reject(error) : resolve())));
      while (destination._len > 0 || destination._writing) await new Promise((resolve) => setImmediate(resolve));
    },
    close: () => new Promise((resolve) => { destination.once('close', resolve); destination.end(); }),
    errors: [],
    file,
  };
}

/**
 * OpenTelemetry logs SDK: LoggerProvider + BatchLogRecordProcessor exporting to a file as
 * JSON lines (no fsync). The processor's queue is sized so it never drops a record in these
 * bursts (its default, 2048, drops silently when the exporter falls behind); drops are counted.
 */
export async function otelContender(dir, options = {}) {
  const { LoggerProvider, BatchLogRecordProcessor } = await import('@opentelemetry/sdk-logs');
  const { SeverityNumber } = await import('@opentelemetry/api-logs');
  const file = path.join(dir, 'otel.log');
  const fd = fs.openSync(file, 'a');
  let exported = 0;
  const exporter = {
    export(records, resultCallback) {
      let text = '';
      for (const r of records) {
        text += JSON.stringify({ time: r.hrTime, severity: r.severityText, body: r.body, attributes: r.attributes, traceId: r.spanContext?.traceId, spanId: r.spanContext?.spanId }) + '\n';
      }
      fs.write(fd, text, (error) => {
        if (!error) exported += records.length;
        resultCallback({ code: error ? 1 : 0, ...(error ? { error } : {}) });
      });
    },
    async shutdown() {},
    async forceFlush() {},
  };
  const processor = new BatchLogRecordProcessor({ exporter, maxQueueSize: options.maxQueueSize ?? 1_000_000, maxExportBatchSize: 512 });
  const provider = new LoggerProvider({ processors: [processor] });
  const logger = provider.getLogger('bench');
  let emitted = 0;
  return {
    name: 'otel-logs',
    record: (event) => {
      emitted++;
      logger.emit({ severityNumber: SeverityNumber.INFO, severityText: 'INFO', body: event });
    },
    done: () => provider.forceFlush(),
    close: async () => {
      await provider.shutdown();
      fs.closeSync(fd);
    },
    errors: [],
    dropped: () => emitted - exported,
    file,
  };
}
