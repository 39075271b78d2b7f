#!/usr/bin/env bash
# Type-checks a small consumer project against the packed tarballs: `strict`, no `skipLibCheck`,
# NodeNext resolution (ESM and CJS entry points) and bundler resolution. Each package's published
# declarations must resolve with what a user installs (the package, its dependencies, its peers).
# The AI SDK adapter is checked against ai 7 and ai 6, each with its own types.
# Usage: scripts/consumer-types.sh DIR   (DIR holds the agent-audit-*.tgz files; pack-check.sh makes them)
set -euo pipefail
tgz="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TS_VERSION=$(node -p "require('$ROOT/node_modules/typescript/package.json').version")

# One project per AI SDK major: the same consumer code, each against its own ai.
for ai in 7 6; do
  app="$work/ai$ai"
  mkdir -p "$app" && cd "$app"
  npm init -y >/dev/null
  npm pkg set type=module >/dev/null
  # @types/json-schema: ai's @ai-sdk/provider declarations import json-schema but do not depend on
  # its types (vercel/ai#15874), so every strict ai user without skipLibCheck installs them.
  npm install --no-audit --no-fund --loglevel=error "$tgz"/*.tgz @langchain/core@^1 "ai@^$ai" zod@^4 \
    "typescript@$TS_VERSION" @types/node@^20 @types/json-schema >/dev/null
  cat > tsconfig.json <<'JSON'
{
  "compilerOptions": {
    "strict": true,
    "skipLibCheck": false,
    "noEmit": true,
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "types": ["node"]
  },
  "files": ["consumer.ts", "consumer-cjs.cts"]
}
JSON
  sed -e 's/"module": "NodeNext"/"module": "ESNext"/' -e 's/"moduleResolution": "NodeNext"/"moduleResolution": "Bundler"/' \
    -e 's/, "consumer-cjs.cts"//' tsconfig.json > tsconfig.bundler.json
  if [ "$ai" = 7 ]; then
    telemetry_type="import('ai').Telemetry"
    telemetry_key="telemetry"
  else
    telemetry_type="import('ai').TelemetryIntegration"
    telemetry_key="experimental_telemetry"
  fi
  cat > consumer.ts <<TS
import { createAuditor, fileLedger, verifyLedger, type AuditEvent, type Auditor } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { AuditCallbackHandler, type AuditCallbackHandlerOptions } from '@agent-audit/langchain';
import { auditMiddleware, auditTelemetry, type AuditTelemetryOptions } from '@agent-audit/ai-sdk';
import * as mcpProxy from '@agent-audit/mcp-proxy';
import * as postgres from '@agent-audit/postgres';
import * as nats from '@agent-audit/nats';
import * as cli from '@agent-audit/cli';
import { generateText, wrapLanguageModel, type LanguageModelMiddleware } from 'ai';

const auditor: Auditor = createAuditor({ agent: { id: 'consumer' }, sink: memoryLedger() });
const file = fileLedger({ dir: './audit' });
const options: AuditCallbackHandlerOptions = { auditor, sessionId: 's-1' };
const handler = new AuditCallbackHandler(options);
const telemetryOptions: AuditTelemetryOptions = { auditor, session: (run) => run.functionId };
// The adapter's values are what this major of ai expects.
const middleware: LanguageModelMiddleware = auditMiddleware({ auditor });
const integration: ${telemetry_type} = auditTelemetry(telemetryOptions);
declare const model: Parameters<typeof wrapLanguageModel>[0]['model'];
export async function run(): Promise<string> {
  const result = await generateText({
    model: wrapLanguageModel({ model, middleware }),
    prompt: 'hello',
    ${telemetry_key}: { integrations: [integration] },
  });
  const events: AuditEvent[] = [];
  const verified = await verifyLedger('./audit');
  return [result.text, String(events.length), String(verified.ok), handler.name, typeof file,
    Object.keys(mcpProxy).length, Object.keys(postgres).length, Object.keys(nats).length, Object.keys(cli).length].join(' ');
}
TS
  cat > consumer-cjs.cts <<'TS'
import core = require('@agent-audit/core');
import langchain = require('@agent-audit/langchain');
import aiSdk = require('@agent-audit/ai-sdk');
import mcpProxy = require('@agent-audit/mcp-proxy');
import postgres = require('@agent-audit/postgres');
import nats = require('@agent-audit/nats');
const auditor = core.createAuditor({ agent: { id: 'consumer-cjs' }, sink: core.fileLedger({ dir: './audit' }) });
export const used = [new langchain.AuditCallbackHandler({ auditor }), aiSdk.auditTelemetry({ auditor }), mcpProxy, postgres, nats];
TS
  echo "consumer-types: ai $ai, NodeNext (ESM + CJS)"
  npx tsc -p tsconfig.json
  echo "consumer-types: ai $ai, Bundler"
  npx tsc -p tsconfig.bundler.json
done
echo "consumer-types: ok (strict, no skipLibCheck)"
