// The `pnpm eval:redaction` floors (issue 11), run on the source: PERSON and STREET_ADDRESS on
// ../shared/datasets/pii, every pattern entity at its figures from before the name and address
// detectors, and the look-alike sets unchanged. Skipped when ../shared is absent on a developer
// machine; in CI (`inCI`, test/required.ts) a missing dataset fails the run instead.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from '@agent-audit/core';
import { inCI } from '../required.js';
// @ts-expect-error -- plain ESM helper shared with benchmarks/eval-redaction.mjs, no type declarations
import { DEFAULT_DATASET, DATA_DIR, FLOORS, LOOKALIKE_FLOOR, evaluateLookalikes, evaluatePii, isTuning, loadDataset, loadSet, missedFloors, textRedactor } from '../../benchmarks/lib/redaction-eval.mjs';

type Stats = Record<string, { precision: number; recall: number; anyPiiShare: number; labelled: number; predicted: number }>;
const here = dirname(fileURLToPath(import.meta.url));
const dataset = process.env.PII_DATASET ?? (DEFAULT_DATASET as string);
const present = existsSync(dataset);

describe('redaction evaluation floors', () => {
  it('has the PII dataset when running in CI', () => {
    if (inCI) expect(present, `${dataset} is missing: the eval floors cannot run`).toBe(true);
  });

  it.skipIf(!present)('meets every floor on the whole dataset (PERSON, STREET_ADDRESS and the pattern entities)', () => {
    const records = loadDataset(dataset) as unknown[];
    const stats = evaluatePii(core.detectSensitive, records) as Stats;
    expect(missedFloors(stats)).toEqual([]);
    // The floors themselves are those of the issue, not loosened to fit.
    expect(FLOORS.PERSON).toEqual({ precision: 0.85, recall: 0.75, anyPii: 0.97 });
    expect(FLOORS.STREET_ADDRESS).toEqual({ precision: 0.9, recall: 0.85 });
    expect(stats.PERSON!.labelled).toBe(857);
  });

  it.skipIf(!present)('holds on the held-out half of the templates (not used for tuning)', () => {
    const records = (loadDataset(dataset) as Array<{ template_id: number }>).filter((record) => !isTuning(record));
    const stats = evaluatePii(core.detectSensitive, records) as Stats;
    expect(stats.PERSON!.recall).toBeGreaterThanOrEqual(0.75);
    expect(stats.PERSON!.precision).toBeGreaterThanOrEqual(0.85);
    expect(stats.STREET_ADDRESS!.recall).toBeGreaterThanOrEqual(0.85);
    expect(stats.STREET_ADDRESS!.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves at least 97% of the look-alikes (ids, order numbers, drugs, places, eponyms) unchanged', async () => {
    const result = (await evaluateLookalikes(textRedactor(core), loadSet(join(DATA_DIR as string, 'lookalikes')))) as { total: number; changed: number; byKind: Record<string, { total: number; changed: number }> };
    expect(result.total).toBeGreaterThan(250);
    expect((result.total - result.changed) / result.total).toBeGreaterThanOrEqual(LOOKALIKE_FLOOR as number);
    for (const kind of ['eponym', 'drug', 'place', 'order-number', 'id']) expect(result.byKind[kind]!.changed, kind).toBe(0);
  });

  it('ships name lists that are current with the installed data packages', () => {
    const script = join(here, '..', '..', 'packages', 'core', 'scripts', 'build-name-lists.mjs');
    const output = execFileSync(process.execPath, [script, '--check'], { cwd: join(here, '..', '..', 'packages', 'core'), encoding: 'utf8' });
    expect(output).toContain('is current');
  });
});
