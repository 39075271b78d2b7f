// Generated traffic for the monitor's tests and benchmark: a normal workload (what the default
// rules must stay quiet on) and one scripted scenario per default rule. Events are chained
// (seq, prev, hash link up) but the hashes are not real SHA-256 of the content: they exercise the
// monitor, not the verifier.
import { createHash } from 'node:crypto';
import type { AuditEvent, Outcome, Sensitivity } from '../spec/event.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A deterministic pseudo-random generator (mulberry32) so workloads are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes events into streams with seq, prev and hash linked up. */
export class WorkloadWriter {
  private readonly heads = new Map<string, { seq: number; hash: string }>();
  private counter = 0;
  readonly events: AuditEvent[] = [];
  /** A writer that continues from this one's streams (events so far shared, not copied). */
  fork(): WorkloadWriter {
    const copy = new WorkloadWriter();
    for (const [stream, head] of this.heads) copy.heads.set(stream, { ...head });
    copy.counter = this.counter;
    copy.events.push(...this.events);
    return copy;
  }
  add(fields: {
    ts: number;
    stream: string;
    type: string;
    agent: string;
    outcome?: Outcome;
    tool?: string;
    actor?: string;
    sensitivity?: Sensitivity;
    classes?: string[];
    resource?: { type: string; id: string };
  }): AuditEvent {
    const head = this.heads.get(fields.stream) ?? { seq: -1, hash: '0'.repeat(64) };
    const n = this.counter++;
    let id = '';
    for (let i = 0, x = n; i < 10; i++, x = Math.floor(x / 32)) id = (CROCKFORD[x % 32] as string) + id;
    const event: AuditEvent = {
      v: 1,
      id: `01JD${'0'.repeat(12)}${id}`.slice(0, 26),
      ts: new Date(fields.ts).toISOString(),
      stream: fields.stream,
      seq: head.seq + 1,
      type: fields.type,
      trace: { traceId: n.toString(16).padStart(32, '0'), spanId: n.toString(16).padStart(16, '0') },
      session: `s-${Math.floor(fields.ts / 600_000)}`,
      agent: { id: fields.agent },
      ...(fields.actor ? { actor: { id: fields.actor, type: 'user' as const } } : {}),
      source: 'workload',
      outcome: fields.outcome ?? 'success',
      ...(fields.tool ? { tool: { name: fields.tool } } : {}),
      ...(fields.resource ? { resource: fields.resource } : {}),
      data: { classes: fields.classes ?? [], sensitivity: fields.sensitivity ?? 'internal' },
      prev: head.hash,
      hash: createHash('sha256').update(`${fields.stream}/${head.seq + 1}/${n}`).digest('hex'),
    };
    this.heads.set(fields.stream, { seq: event.seq, hash: event.hash });
    this.events.push(event);
    return event;
  }
}

/** A Monday, 00:00 UTC: workloads start here unless told otherwise. */
export const WORKLOAD_START = Date.parse('2026-11-02T00:00:00.000Z');

const AGENTS = [
  { id: 'claims-bot', tools: ['lookup_claim', 'issue_refund', 'send_email'], perMinute: 3, restricted: ['lookup_claim'] },
  { id: 'clinic-assistant', tools: ['lookup_patient', 'book_appointment', 'list_slots'], perMinute: 2, restricted: ['lookup_patient'] },
  { id: 'bank-support', tools: ['getAccountBalance', 'getTransactions', 'open_ticket'], perMinute: 4, restricted: [] as string[] },
];

/**
 * Ordinary traffic: three agents, each calling its own tools at a steady rate with noise during
 * business hours (Mon-Fri 09:00-17:00 UTC), 3% of tool results failing at random, restricted
 * data only in business hours, a policy denial about once per agent and day. `days` days from `start`.
 *
 * @example
 * ```ts
 * for (const event of normalWorkload({ days: 10 })) monitor.push(event);
 * ```
 */
export function normalWorkload(options: { days?: number; start?: number; seed?: number; writer?: WorkloadWriter } = {}): AuditEvent[] {
  const { days = 10, start = WORKLOAD_START, seed = 7 } = options;
  const random = seededRandom(seed);
  const writer = options.writer ?? new WorkloadWriter();
  const from = writer.events.length;
  for (let d = 0; d < days; d++) {
    const dayStart = start + d * 86_400_000;
    const weekday = new Date(dayStart).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const timeline: Array<{ t: number; agent: (typeof AGENTS)[number] }> = [];
    for (const agent of AGENTS) {
      // Poisson arrivals at the agent's rate between 09:00 and 17:00.
      for (let t = dayStart + 9 * 3_600_000; ; ) {
        t += Math.max(50, Math.round((-Math.log(1 - random()) * 60_000) / agent.perMinute));
        if (t >= dayStart + 17 * 3_600_000) break;
        timeline.push({ t, agent });
      }
    }
    timeline.sort((a, b) => a.t - b.t);
    const day: Array<Parameters<WorkloadWriter['add']>[0]> = [];
    for (const { t, agent } of timeline) {
      const tool = agent.tools[Math.floor(random() * agent.tools.length)] as string;
      const sensitivity: Sensitivity = agent.restricted.includes(tool) ? 'restricted' : 'internal';
      const actor = `user-${Math.floor(random() * 500)}`;
      day.push({ ts: t, stream: agent.id, type: 'tool.call', agent: agent.id, outcome: 'pending', tool, actor, sensitivity });
      const failed = random() < 0.03;
      day.push({ ts: t + 40 + Math.floor(random() * 400), stream: agent.id, type: failed ? 'tool.error' : 'tool.result', agent: agent.id, outcome: failed ? 'failure' : 'success', tool, actor, sensitivity });
      if (random() < 0.0005) day.push({ ts: t + 500, stream: agent.id, type: 'policy.deny', agent: agent.id, outcome: 'denied', tool, actor });
    }
    // Chained in time order, as a ledger writes them.
    day.sort((a, b) => a.ts - b.ts);
    for (const fields of day) writer.add(fields);
  }
  return writer.events.slice(from);
}
