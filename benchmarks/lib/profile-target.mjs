// Profiled workload: `events` ~1 KB tool events through agent-audit's default pipeline
// (record() then flush()), three times. Run by lib/profile.mjs under `node --cpu-prof`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { arg, makeEvents, replayed } from './common.mjs';
import { agentAuditContender } from './contenders.mjs';

const n = arg('events', 20000);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-audit-profile-'));
try {
  const c = await agentAuditContender(root);
  const events = makeEvents(n);
  for (let r = 0; r < 3; r++) {
    // New texts each time (replayed): the redactor's cache of recurring texts is not what is profiled.
    for (const e of events) c.record(replayed(e, r));
    await c.done();
  }
  await c.close();
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
