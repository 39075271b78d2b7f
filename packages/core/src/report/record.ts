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
  /** Where it was written (a path), if to a file. */
  out?: string;
}

/**
 * The `record()` input of a `report.generated` event for a rendered report: the SHA-256 of its
 * bytes (as `resource: { type: 'report', id: 'sha256:<hex>' }` and in `attrs.report`), its kind,
 * format, period, sources, per-stream seq ranges and signed heads, and whether the ledger
 * verified. Anyone holding the report file can recompute the digest and find this event.
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
        ...(out !== undefined ? { out } : {}),
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
