import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuditor, fileLedger, listStreams, readEvents, verifyLedger } from '@agent-audit/core';
import type { AuditEvent } from '@agent-audit/core';

export const EMAIL = 'john.smith@example.com';
export const KEY = 'sk-live-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c';
export const CARD = '4111 1111 1111 1111';
export const PATIENT = 'Patient: John Smith';
export const PII = `${PATIENT}, ${EMAIL}, card ${CARD}, key ${KEY}`;
export const MARKERS = ['sk-live-', '4111 1111', '4111111111111111', 'john.smith', 'Smith'];

export function ledger(id: string) {
  const dir = mkdtempSync(join(tmpdir(), `probe-${id}-`));
  const errors: unknown[] = [];
  const auditor = createAuditor({ agent: { id }, stream: id, sink: fileLedger({ dir, fsync: false }), onError: (e) => errors.push(e) });
  return {
    auditor, dir, errors,
    async events(): Promise<AuditEvent[]> {
      await auditor.flush();
      const out: AuditEvent[] = [];
      for (const stream of await listStreams(dir)) for await (const e of readEvents(dir, { stream })) out.push(e);
      return out;
    },
    async verify() { await auditor.close(); return verifyLedger(dir); },
  };
}

/** Every path whose string (key or value) holds a marker. */
export function leaks(events: AuditEvent[]): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') { for (const m of MARKERS) if (v.includes(m)) { out.push(`${path} = ${JSON.stringify(v).slice(0, 160)}`); break; } return; }
    if (Array.isArray(v)) { v.forEach((x, i) => walk(x, `${path}[${i}]`)); return; }
    if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { for (const m of MARKERS) if (k.includes(m)) out.push(`${path}.{key ${k}}`); walk(x, `${path}.${k}`); }
  };
  events.forEach((e) => walk(e, `${e.type}#${e.seq}`));
  return out;
}

export function rawGrep(dir: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const visit = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) visit(p);
      else { const t = readFileSync(p, 'latin1'); for (const m of MARKERS) { const n = t.split(m).length - 1; if (n) counts[`${f}:${m}`] = (counts[`${f}:${m}`] ?? 0) + n; } }
    }
  };
  visit(dir);
  return counts;
}

export function dump(events: AuditEvent[]): string {
  return events.map((e) => `${e.seq} ${e.type} ${e.outcome} span=${e.trace.spanId} parent=${e.trace.parentSpanId ?? '-'} ${JSON.stringify({ model: e.model, tool: e.tool, content: e.content, attrs: e.attrs, error: e.error, resource: e.resource, decision: e.decision, session: e.session, actor: e.actor }).slice(0, 1200)}`).join('\n');
}
