// Writes the JSON Schema of a stored event (from the zod schema) to schema/event.schema.json.
// Run by the package build; a test checks the committed file is current.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { auditEventSchema, EVENT_VERSION } from '../dist/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = {
  $id: `https://agent-audit.dev/schema/event/v${EVENT_VERSION}.json`,
  title: 'agent-audit stored event',
  description: 'One sealed event of an agent-audit ledger. See docs/FORMAT.md.',
  ...z.toJSONSchema(auditEventSchema, { target: 'draft-2020-12' }),
};
const out = path.join(here, '..', 'schema', 'event.schema.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(schema, null, 2) + '\n');
console.log(`wrote ${path.relative(process.cwd(), out)}`);
