// Found by the Stryker run of 2026-12-05 (tenth session), not by the probe: a row at the end of
// test/redaction/probe-2026-12-05d.cases.md. A secret-bearing Terraform attribute under every address
// form Terraform prints (terraform-secrets.ts): instance keys of `count` (`[0]`) and `for_each`
// (`["admin"]`), splats (`[*]`, the 0.11 `.0.` / `.*.`), module paths with their own keys, data
// sources (`data.<type>.<name>`), and plan lines with their change markers (`+`, `-`, `~`, `-/+`) and
// `->` new values; and the `value` of azurerm_key_vault_secret (resource and data source), a name that
// says nothing, as `result` says nothing for random_password.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, storedResults } from './masked-text.js';

describe('indexed and module addresses of a generated secret', () => {
  it('count and for_each instance keys', () => {
    expect(leaks('random_password.db[0].result = "Gq8#nLm2Vx!7pRt4"', ['Gq8#nLm2Vx!7pRt4'])).toEqual([]);
    expect(leaks('random_password.db["admin"].result = "Tz7!pWq3#Kd9Lm2x"', ['Tz7!pWq3#Kd9Lm2x'])).toEqual([]);
    expect(leaks('random_string.suffix[12].result="k2m4n6p8"', ['k2m4n6p8'])).toEqual([]);
    expect(leaks('random_password.user["marisol-q"].result = "Rr4$kLp9Qz2!mN8v"\nrandom_password.user["ngozi"].result = "Ab3#Cd5!Ef7@Gh9w"', ['Rr4$kLp9Qz2!mN8v', 'Ab3#Cd5!Ef7@Gh9w'])).toEqual([]);
  });
  it('module paths with and without their own keys, splats and 0.11 indexes', () => {
    expect(leaks('module.app.random_password.db[0].result = "Vx8!Lm2#Qp7zRt4k"', ['Vx8!Lm2#Qp7zRt4k'])).toEqual([]);
    expect(leaks('module.app["eu-west-1"].module.db[2].random_password.master["rw"].result = "Hn5&Rk2!Tq8zLw4M"', ['Hn5&Rk2!Tq8zLw4M'])).toEqual([]);
    expect(leaks('random_password.db[*].result = "Yq2!Wm8#Zp4kLx7v"', ['Yq2!Wm8#Zp4kLx7v'])).toEqual([]);
    expect(leaks('random_string.db.0.result = "p0q9r8s7t6u5"', ['p0q9r8s7t6u5'])).toEqual([]);
  });
  it('the value of azurerm_key_vault_secret, resource and data source, indexed', () => {
    expect(leaks('azurerm_key_vault_secret.db.value = "Sq1!Lz8#Vt4kPm2x"', ['Sq1!Lz8#Vt4kPm2x'])).toEqual([]);
    expect(leaks('data.azurerm_key_vault_secret.db["k"].value = "Wn6#Rb3!Yc9zKq2p"', ['Wn6#Rb3!Yc9zKq2p'])).toEqual([]);
    expect(leaks('module.kv.data.azurerm_key_vault_secret.api[0].value = "plainlowercasesecret"', ['plainlowercasesecret'])).toEqual([]);
    expect(leaks('# data.azurerm_key_vault_secret.db:\ndata "azurerm_key_vault_secret" "db" {\n    id    = "https://kv.vault.azure.net/secrets/db/abc"\n    name  = "db"\n    value = "Mk2!Pz7#Ld4wQx9r"\n}', ['Mk2!Pz7#Ld4wQx9r'])).toEqual([]);
  });
  it('a random_string\'s id, which is its result (a random_password\'s is `none`)', () => {
    expect(leaks('random_string.suffix[0].id = "x7Kq2Lm9Xv4T"', ['x7Kq2Lm9Xv4T'])).toEqual([]);
    expect(leaks('# random_string.token["a"]:\nresource "random_string" "token" {\n    id     = "Zx9Qw2Er7Ty4"\n    length = 12\n}', ['Zx9Qw2Er7Ty4'])).toEqual([]);
    expect(kept('resource "random_password" "db" {\n    id     = "none"\n}\nrandom_password.db[0].id = "none"', ['"none"\n}', '.id = "none"'])).toEqual([]);
  });
  it('plan lines: change markers and new values', () => {
    expect(leaks('  # random_string.token[0] will be destroyed\n  - resource "random_string" "token" {\n      - id     = "k2m4n6p8q0r2"\n      - result = "k2m4n6p8q0r2" -> null\n    }', ['k2m4n6p8q0r2'])).toEqual([]);
    expect(leaks('  ~ resource "random_string" "x" {\n      ~ result = "abc123XYZq" -> "zzTop99qq"\n    }', ['abc123XYZq', 'zzTop99qq'])).toEqual([]);
    const arrows = '  ~ resource "random_string" "x" {\n      ~ result = "a->b7Secret" -> "c->d9Secret"\n    }';
    expect(detectSensitive(arrows).map((d) => arrows.slice(d.start, d.end))).toEqual(['a->b7Secret', 'c->d9Secret']);
    expect(leaks('-/+ resource "random_string" "x" {\n      ~ result           = "old7Secret9" -> (known after apply)\n    }', ['old7Secret9'])).toEqual([]);
  });
});

const { stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false }));

describe('the same secrets in state JSON', () => {
  it('a random_string\'s id and an azurerm_key_vault_secret\'s value, resource and data source', () => {
    const state = { resources: [
      { mode: 'managed', type: 'random_string', name: 'token', instances: [{ index_key: 0, attributes: { id: 'Zx9Qw2Er7Ty4', length: 12, result: 'Zx9Qw2Er7Ty4' } }] },
      { mode: 'managed', type: 'azurerm_key_vault_secret', name: 'db', instances: [{ index_key: 'admin', attributes: { name: 'db-admin-password', value: 'Mk2!Pz7#Ld4wQx9r', content_type: 'password' }, sensitive_attributes: [[{ type: 'get_attr', value: 'value' }]] }] },
      { mode: 'data', type: 'azurerm_key_vault_secret', name: 'api', instances: [{ attributes: { name: 'api-key', value: 'plainlowercasesecret' } }] },
    ] };
    const out = stored(state);
    expect(['Zx9Qw2Er7Ty4', 'Mk2!Pz7#Ld4wQx9r', 'plainlowercasesecret'].filter((v) => out.includes(v))).toEqual([]);
    expect(['"index_key":"admin"', '"name":"db-admin-password"', '{"type":"get_attr","value":"value"}', '"length":12', '"name":"api-key"'].filter((v) => !out.includes(v))).toEqual([]);
  });
  it('keeps the id of a random_password and the members of other types', () => {
    const out = stored({ resources: [{ type: 'random_password', instances: [{ attributes: { id: 'none', result: 'Gq8#nLm2Vx!7pRt4' } }] }, { type: 'azurerm_key_vault', instances: [{ attributes: { id: 'kv-1', name: 'kv-prod' } }] }, { type: 'random_pet', instances: [{ attributes: { id: 'proud-fox' } }] }] });
    expect(out.includes('Gq8#nLm2Vx!7pRt4')).toBe(false);
    expect(['"id":"none"', '"id":"kv-1"', 'kv-prod', 'proud-fox'].filter((v) => !out.includes(v))).toEqual([]);
  });
});

describe('kept: the address, other attributes, other resources', () => {
  it('keeps the address and the sensitive marker', () => {
    expect(kept('random_password.db["admin"].result = (sensitive value)', ['random_password.db["admin"].result', '(sensitive value)'])).toEqual([]);
    const text = 'random_password.db[0].result = "Gq8#nLm2Vx!7pRt4"';
    expect(detectSensitive(text).map((d) => text.slice(d.start, d.end))).toEqual(['Gq8#nLm2Vx!7pRt4']);
  });
  it('keeps other attributes and other types', () => {
    expect(kept('random_pet.name[0].id = "proud-fox"\nnull_resource.x["a"].result = "ok-build-42"\nazurerm_key_vault_secret.db[0].name = "db-password"\ndata.azurerm_key_vault.kv.name = "kv-prod"', ['proud-fox', 'ok-build-42', '"db-password"', 'kv-prod'])).toEqual([]);
    expect(kept('  + resource "random_password" "db" {\n      + length  = 20\n      + result  = (sensitive value)\n    }\n  + resource "null_resource" "y" {\n      + result = "ok-build-43"\n    }', ['ok-build-43', 'length  = 20'])).toEqual([]);
    expect(kept('data "azurerm_key_vault" "kv" {\n  name  = "kv-prod"\n  value = "not-a-secret-here"\n}', ['not-a-secret-here'])).toEqual([]);
  });
});

describe('linear time', () => {
  it('stays linear on hostile input of its shapes', () => {
    const run = (text: string) => detectSensitive(text);
    expect(timeRatio(run, (n) => 'random_password.db["'.repeat(Math.ceil(n / 20)).slice(0, n))).toBeLessThan(3);
    expect(timeRatio(run, (n) => 'data "azurerm_key_vault_secret" "a" {\n'.repeat(Math.ceil(n / 38)).slice(0, n))).toBeLessThan(3);
    expect(timeRatio(run, (n) => `resource "random_string" "a" {\n${'  ~ result = "x" -> '.repeat(40)}\n`.repeat(Math.ceil(n / 800)).slice(0, n))).toBeLessThan(3);
  });
});
