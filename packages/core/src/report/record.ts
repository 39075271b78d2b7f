import { createHash } from 'node:crypto';
import type { RecordInput } from '../spec/event.js';
import type { AnyReport, ReportFormat } from './documents.js';

/** What a `report.generated` event says about a report. */
export interface ReportRecord {
  kind: AnyReport['kind'];
  format: ReportFormat;
  /** Hex SHA-256 of the report's bytes exactly as written (UTF-8). */
  sha256: string;
  bytes: number;
  /**
   * `file` when the report was written to a file (the CLI's `--out`), `stdout` otherwise. The
   * file's path is never recorded: a data subject access report (GDPR Art. 15) is usually named
   * after its subject (`DSAR Hildegard Brunnhuber 03.07.1948.md`), and the SHA-256 above
   * identifies the file wherever it is kept.
   */
  output: 'file' | 'stdout';
}

/**
 * The `record()` input of a `report.generated` event for a rendered report: the SHA-256 of its
 * bytes (as `resource: { type: 'report', id: 'sha256:<hex>' }` and in `attrs.report`), its kind,
 * format, period, sources, per-stream seq ranges and signed heads, and whether the ledger
 * verified. Anyone holding the report file can recompute the digest and find this event.
 * `out`, the path the report was written to (if any), is recorded only as `output: 'file'`: a
 * report's file name often names its data subject, and the ledger stays free of the personal
 * data it describes.
 *
 * @example
 * ```ts
 * const text = renderReport(report, 'json');
 * auditor.record(reportGeneratedInput(report, 'json', text));
 * ```
 */
export function reportGeneratedInput(report: AnyReport, format: ReportFormat, text: string, out?: string): RecordInput & { type: 'report.generated' } {
  const bytes = Buffer.from(text, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    type: 'report.generated',
    outcome: 'success',
    resource: { type: 'report', id: `sha256:${sha256}`, operation: 'create' },
    attrs: {
      report: {
        kind: report.kind,
        format,
        sha256,
        bytes: bytes.length,
        output: out !== undefined ? 'file' : 'stdout',
        generatedAt: report.generatedAt,
        period: report.period,
        sources: report.coverage.sources.map((s) => ({ label: s.label, kind: s.kind, ...(s.ledgerId ? { ledgerId: s.ledgerId } : {}) })),
        streams: report.coverage.streams.map((s) => ({
          stream: s.stream,
          ...(s.firstSeq !== undefined ? { firstSeq: s.firstSeq, lastSeq: s.lastSeq } : {}),
          ...(s.signedHead ? { signedSize: s.signedHead.size, signedRoot: s.signedHead.root } : {}),
        })),
        verified: report.verification.ok,
        keySource: report.verification.keySource,
      },
    },
  };
}
