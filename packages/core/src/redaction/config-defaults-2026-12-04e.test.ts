// The fifth README-only probe of 2026-12-04 (test/redaction/probe-2026-12-04e.cases.md; issue 11),
// row K12 as a kind: a password given as the default of a configuration placeholder (Spring
// `${DB_PASS:…}`) was stored raw, a value starting with `${` being read as a reference. The same
// kind in other spellings: the shell's and docker-compose's `${NAME:-…}`, Helm's `| default "…"`,
// an environment lookup then `||`, `??` or `or` and a literal. Placeholders with no default, and
// defaults under names that name no secret, stay.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger } from '@agent-audit/core';
import { blankMachineValues, storedJsonl } from '../../../../test/redaction/stored.js';

function masked(text: string, value: string): boolean {
  const start = text.indexOf(value);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  return detectSensitive(text).some((d) => d.class === 'secret' && d.start <= start && d.end >= start + value.length);
}
const secrets = (text: string): string[] => detectSensitive(text).filter((d) => d.class === 'secret').map((d) => text.slice(d.start, d.end));

describe('K12: a password as the default of a configuration placeholder', () => {
  it.each([
    // The probe's input.
    ['password: ${DB_PASS:Tq5Xm8Lvq2}', 'Tq5Xm8Lvq2'],
    // Spring, by the placeholder's name or the property's.
    ['spring.datasource.password=${DB:Tq5Xm8Lvq2}', 'Tq5Xm8Lvq2'],
    ['@Value("${jwt.secret:Zk8Qw2Lp9Xv4}") private String secret;', 'Zk8Qw2Lp9Xv4'],
    ['  password: ${SPRING_DATASOURCE_PASSWORD:hunter2}\n  url: jdbc:postgresql://db/app', 'hunter2'],
    // The shell and docker-compose.
    ['POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-Tq5Xm8Lvq2}', 'Tq5Xm8Lvq2'],
    ['environment:\n  - DB_PASSWORD=${PG_PASS-Tq5Xm8Lvq2}', 'Tq5Xm8Lvq2'],
    ['export API_TOKEN="${API_TOKEN:=abc123def456}"', 'abc123def456'],
    ['mysql -uroot -p"${MYSQL_ROOT_PASSWORD:-changeit42}"', 'changeit42'],
    // Helm and environment lookups with a literal fallback.
    ['password: {{ .Values.dbPassword | default "Tq5Xm8Lvq2" }}', 'Tq5Xm8Lvq2'],
    ["const pw = process.env.DB_PASSWORD || 'Tq5Xm8Lvq2';", 'Tq5Xm8Lvq2'],
    ["db_pass = os.getenv('DB_PASS') or 'Tq5Xm8Lvq2'", 'Tq5Xm8Lvq2'],
    ["password = ENV['DB_PASSWORD'] || 'Tq5Xm8Lvq2'", 'Tq5Xm8Lvq2'],
    ['const secret = import.meta.env.VITE_CLIENT_SECRET ?? "Zk8Qw2Lp9Xv4"', 'Zk8Qw2Lp9Xv4'],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));

  it('any default under any secret name, in any of the placeholder spellings', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('DB_PASS', 'DB_PASSWORD', 'POSTGRES_PASSWORD', 'API_TOKEN', 'JWT_SECRET', 'db.password', 'app.client-secret'),
        fc.constantFrom(':', ':-', ':='),
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9!#%&*+_]{5,20}$/),
        fc.constantFrom('', 'password: ', 'env: ', '"'),
        (name, op, value, before) => masked(`${before}\${${name}${op}${value}}`, value),
      ),
    );
  });

  it.each([
    // Kept by the probe: masked before, and now.
    ['password: "Tq5Xm8Lvq2"', 'Tq5Xm8Lvq2'],
    ['spring.datasource.password=Tq5Xm8Lvq2', 'Tq5Xm8Lvq2'],
    ["define('DB_PASSWORD','Tq5Xm8Lvq2');", 'Tq5Xm8Lvq2'],
  ])('still masked: %s', (text, value) => expect(masked(text, value)).toBe(true));

  it.each([
    'password: ${DB_PASSWORD}',
    'password: ${DB_PASSWORD:-}',
    'password: ${DB_PASSWORD:?DB_PASSWORD must be set}',
    'url: ${DB_URL:jdbc:postgresql://localhost/app}',
    'port: ${DB_PORT:-5432}',
    'host: ${DB_HOST:localhost}',
    "const host = process.env.DB_HOST || 'localhost'",
    'name: {{ .Values.name | default "app" }}',
    'password: ${DB_PASSWORD:${FALLBACK_PASSWORD}}',
  ])('kept: %s', (text) => expect(secrets(text)).toEqual([]));
});

describe('K12 in the ledger', () => {
  it('stores none of the defaults; the other placeholders stay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'probe-20261204e-k12-'));
    const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 72)]) }) });
    auditor.record({ type: 'tool.result', tool: { name: 'read_file', result: 'spring:\n  datasource:\n    url: ${DB_URL:jdbc:postgresql://localhost/app}\n    password: ${DB_PASS:Tq5Xm8Lvq2}\n' } });
    auditor.record({ type: 'tool.result', tool: { name: 'read_file', result: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-Kx9mP2wq}\n      POSTGRES_PORT: ${PG_PORT:-5432}\n' } });
    await auditor.close();
    const text = blankMachineValues(storedJsonl(join(dir, 'ledger'))).replace(/\[[A-Z_]+:psn_\w+\]/g, ' ').replace(/[0-9a-f]{32,}/g, '<hex>');
    for (const raw of ['Tq5Xm8Lvq2', 'Kx9mP2wq']) expect(text, raw).not.toContain(raw);
    for (const kept of ['${DB_URL:jdbc:postgresql://localhost/app}', '${PG_PORT:-5432}']) expect(text).toContain(kept);
  });
});
