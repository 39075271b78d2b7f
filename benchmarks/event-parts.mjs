// Where a benchmark event's sealing CPU goes, member by member (issue 19): the sealing worker's
// per-event work (the default redactor's redactForSeal, then RFC 8785 JCS) on the record-path
// benchmark's events (common.mjs makeToolEvent, new texts and call ids every round as
// `replayed` makes them), against the same events with one part taken out or made constant.
// The difference of a variant's CPU µs per event from the full event's is that part's cost.
// Variants run interleaved, round by round in rotated order, each round with a fresh redactor
// warmed by one round (so the detection and pseudonym caches hold what a running worker's would).
//
//   pnpm build && node benchmarks/event-parts.mjs [--events=2000] [--rounds=7]
import os from 'node:os';
import { arg, loadDist, makeEvents, median, replayed, shapedDrafts } from './lib/common.mjs';

const core = await loadDist('core');
const count = arg('events', 2000);
const rounds = arg('rounds', 7);
const drafts = await shapedDrafts(core, makeEvents(count));
const INTERNALS = Symbol.for('agent-audit.redactor.internals');

const withResult = (e, result) => ({ ...e, tool: { ...e.tool, result } });
const variants = {
  'the full event': (e) => e,
  'without the two prose texts (reason, note)': (e) => ({ ...e, tool: { ...e.tool, arguments: { ...e.tool.arguments, reason: '' }, result: { ...e.tool.result, note: '' } } }),
  'without the customer object (name, email, phone, IBAN, id, tier)': (e) => withResult(e, { ...e.tool.result, customer: {} }),
  'without the two orders': (e) => withResult(e, { ...e.tool.result, orders: [] }),
  'with the two order ids constant': (e) => withResult(e, { ...e.tool.result, orders: e.tool.result.orders.map((o) => ({ ...o, id: 'ORD-1' })) }),
  'the tool name alone': (e) => ({ ...e, tool: { name: e.tool.name } }),
};
const names = Object.keys(variants);
const results = Object.fromEntries(names.map((n) => [n, []]));
for (let round = 0; round < rounds; round++) {
  const order = names.map((_, k) => names[(k + round) % names.length]);
  for (const name of order) {
    const shape = variants[name];
    const internals = core.createRedactor({ pseudonymKey: new Uint8Array(32).fill(7) })[INTERNALS];
    for (const d of drafts) internals.redactForSeal(shape(replayed(d.event, 1)), { capture: d.capture });
    const events = drafts.map((d) => ({ event: shape(replayed(d.event, round + 2)), capture: d.capture }));
    const start = process.cpuUsage();
    for (const d of events) core.canonicalize(internals.redactForSeal(d.event, { capture: d.capture }).event);
    const used = process.cpuUsage(start);
    results[name].push((used.user + used.system) / events.length);
  }
}
const full = median(results['the full event']);
console.log(`event-parts: ${count} events, ${rounds} rounds, node ${process.version}, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log('median CPU µs per event (redactForSeal + JCS) | difference from the full event');
for (const name of names) {
  const m = median(results[name]);
  console.log(`  ${name.padEnd(66)} ${m.toFixed(1).padStart(7)} | ${name === 'the full event' ? '' : (m - full).toFixed(1).padStart(7)}`);
}
