#!/usr/bin/env bash
# Packs every published package with `pnpm pack` and installs the tarballs into a plain npm
# project, then imports each one (ESM and CJS) and runs the CLI. Run after `pnpm build`; fails
# first if a package's dist lacks a `types` file its package.json declares.
# @agent-audit/nats, an optional peer dependency of the CLI, is installed from its own tarball.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PNPM="npx -y pnpm@10.34.9"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for pkg in core cli langchain ai-sdk mcp-proxy postgres nats otel; do
  # Refuse to pack an incomplete dist: every `types` file the package declares must exist.
  node "$ROOT/scripts/check-dist-types.mjs" "packages/$pkg"
  # The CLI's web view is built by its own build script (tsup alone empties dist/ and leaves it out).
  if [ "$pkg" = cli ] && [ ! -f packages/cli/dist/ui/app.js ]; then echo "packages/cli/dist/ui/app.js is missing: build the CLI with its build script (pnpm build), not tsup alone" >&2; exit 1; fi
  (cd "packages/$pkg" && $PNPM pack --pack-destination "$out" >/dev/null)
done
ls "$out"
mkdir -p "$out/app" && cd "$out/app"
npm init -y >/dev/null
# Peer dependencies the adapters expect their users to bring.
npm install --no-audit --no-fund --loglevel=error "$out"/*.tgz @langchain/core@^1 ai@^7 >/dev/null
node --input-type=module -e "
const names = ['core', 'langchain', 'ai-sdk', 'mcp-proxy', 'postgres', 'nats', 'otel', 'cli'];
for (const n of names) { const m = await import('@agent-audit/' + n); console.log('esm  @agent-audit/' + n + ': ' + Object.keys(m).length + ' exports'); }
const t = await import('@agent-audit/core/test'); if (typeof t.memoryLedger !== 'function') throw new Error('core/test');
"
node -e "
for (const n of ['core', 'langchain', 'ai-sdk', 'mcp-proxy', 'postgres', 'nats', 'otel']) { const m = require('@agent-audit/' + n); console.log('cjs  @agent-audit/' + n + ': ' + Object.keys(m).length + ' exports'); }
const schema = require('@agent-audit/core/schema.json'); if (!schema.properties.hash) throw new Error('schema');
"
node --input-type=module -e "
import { createAuditor, fileLedger, verifyLedger } from '@agent-audit/core';
const a = createAuditor({ agent: { id: 'packed' }, sink: fileLedger({ dir: './ledger' }) });
a.record({ type: 'message.user', content: { input: 'reach me at jane@example.com' } });
await a.close();
const r = await verifyLedger('./ledger'); if (!r.ok) throw new Error('verify');
console.log('packed core: recorded and verified');
"
npx agent-audit verify ./ledger
# The packed CLI serves its bundled web app (dist/ui): the page and app.js (no data, no token
# needed), and the API with the bearer token only (401 without).
node --input-type=module -e "
import { spawn } from 'node:child_process';
import readline from 'node:readline';
const child = spawn(process.execPath, ['node_modules/@agent-audit/cli/bin/agent-audit.js', 'ui', './ledger'], { stdio: ['ignore', 'pipe', 'inherit'] });
try {
  const url = new URL(await new Promise((resolve, reject) => { readline.createInterface({ input: child.stdout }).once('line', resolve); child.once('exit', (c) => reject(new Error('ui exited ' + c))); }));
  const auth = { authorization: 'Bearer ' + new URLSearchParams(url.hash.slice(1)).get('token') };
  if ((await fetch(url.origin + '/api/index')).status !== 401) throw new Error('ui: no 401 without the token');
  if ((await fetch(url.origin + '/api/index', { headers: auth })).status !== 200) throw new Error('ui: the API with the token');
  const app = await fetch(url.origin + '/assets/app.js');
  if (app.status !== 200 || (await app.text()).length < 10000) throw new Error('ui: the bundled app is missing from the tarball');
  if ((await fetch(url.href)).status !== 200) throw new Error('ui: the page');
  console.log('packed cli: ui serves its bundled app');
} finally {
  child.kill('SIGTERM');
}
"

# Types resolve for a consumer: a strict TypeScript project without skipLibCheck type-checks
# code using every package (and the AI SDK adapter against ai's own types) against the tarballs.
bash "$ROOT/scripts/consumer-types.sh" "$out"
echo "pack-check: ok"
