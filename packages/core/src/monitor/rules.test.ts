import { describe, expect, it } from 'vitest';
import { parseRules, RulesError } from './rules.js';

const timeWindow = (fields: string) => `rules:\n  - id: r1\n    kind: time_window\n${fields}`;

function issuesOf(text: string, file = 'rules.yaml'): string {
  try {
    parseRules(text, { file });
  } catch (error) {
    expect(error).toBeInstanceOf(RulesError);
    return (error as Error).message;
  }
  throw new Error('parsed');
}

describe('parseRules: time zones and business hours', () => {
  for (const zone of ['Mars/Olympus', '', '+02:00', 'Europe/Pariss']) {
    it(`refuses timeZone ${JSON.stringify(zone)} with file:line:col`, () => {
      const message = issuesOf(timeWindow(`    timeZone: ${JSON.stringify(zone)}\n    hours: { start: "08:00", end: "19:00" }\n`));
      expect(message).toMatch(/^rules\.yaml:4:15: rules\.0\.timeZone: must be an IANA time zone/);
    });
  }

  it('accepts IANA names, Etc/GMT+2 and UTC', () => {
    for (const zone of ['UTC', 'Europe/Paris', 'America/Argentina/Buenos_Aires', 'Etc/GMT+2']) {
      expect(parseRules(timeWindow(`    timeZone: ${zone}\n    hours: { start: "08:00", end: "19:00" }\n`))[0]).toMatchObject({ timeZone: zone });
    }
  });

  it('refuses hours outside 00:00-23:59 (24:00 only as end)', () => {
    expect(issuesOf(timeWindow('    hours: { start: "25:00", end: "08:00" }\n'))).toMatch(/^rules\.yaml:4:\d+: rules\.0\.hours\.start: must be HH:MM between 00:00 and 23:59/);
    expect(issuesOf(timeWindow('    hours: { start: "24:00", end: "08:00" }\n'))).toContain('hours.start');
    expect(issuesOf(timeWindow('    hours: { start: "08:00", end: "08:60" }\n'))).toContain('hours.end');
    expect(parseRules(timeWindow('    hours: { start: "08:00", end: "24:00" }\n'))[0]).toMatchObject({ hours: { end: '24:00' } });
  });
});

describe('parseRules on a file that is not a rules file', () => {
  it('never quotes its lines, keys or values', () => {
    const shadow = 'root:*:20228:0:99999:7:::\ndaemon:$6$secrethash:20228:0:99999:7:::\n';
    const message = issuesOf(shadow, '/etc/shadow');
    expect(message).toBe('/etc/shadow:1:1: not a rules file: expected a mapping with a "rules" list ({ rules: [...] }, YAML or JSON)');
    expect(message).not.toContain('root');
  });

  it('names an unrecognized key only when it looks like a field, at its own line, and caps the list', () => {
    const keys = Array.from({ length: 8 }, (_, i) => `    "s3cr3t value ${i}": 1\n`).join('');
    const message = issuesOf(`rules:\n  - id: a\n    kind: rate\n    count: 1\n    window: 1s\n    windw: 2s\n${keys}`);
    expect(message).toContain('rules.yaml:6:5: rules.0: unrecognized key "windw"');
    expect(message).toContain('rules.yaml:7:5: rules.0: unrecognized key\n');
    expect(message).toContain('4 more unrecognized key(s)');
    expect(message).not.toContain('s3cr3t');
  });
});
