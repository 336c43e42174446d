import penguins from 'vega-datasets/data/penguins.json';
import { describe, expect, it } from 'vitest';
import { MISTAKES, plantMistakes } from '../core/data/messy';
import { fromVegaRecord } from '../core/data/penguins';
import type { VegaPenguinRecord } from '../core/data/penguins';
import { pipelineFromQuery } from '../core/data/pipeline-state';
import { decodeSharedRequest } from '../core/http/share';
// A test may look across layers: the guide's links must stay the very requests the inspector's presets send.
import { PRESETS } from '../features/inspector/presets';
import { LEAKAGE_LINK, MESSY_DATA_LINK, SESSION_PLAN, WRONG_CONTENT_TYPE_REQUEST, WRONG_VALUES_REQUEST } from './instructor-guide';
import { STAGES } from './stages';

describe('instructor guide', () => {
  it('covers 0 to 50 minutes in back-to-back blocks', () => {
    expect(SESSION_PLAN[0]?.start).toBe(0);
    expect(SESSION_PLAN.at(-1)?.end).toBe(50);
    SESSION_PLAN.forEach((block, i) => {
      expect(block.end, block.id).toBeGreaterThan(block.start);
      if (i > 0) expect(block.start, block.id).toBe(SESSION_PLAN[i - 1]?.end);
    });
  });

  it('the class length in the stage summary is the plan\'s', () => {
    const summary = STAGES.find((s) => s.id === 'instructor')?.summary ?? '';
    expect(summary).toContain(`${SESSION_PLAN.at(-1)?.end}-minute`);
  });

  it('the kilogram question names the body mass the messy data really plants', () => {
    const rows = (penguins as VegaPenguinRecord[]).map((r, i) => ({ id: i + 1, ...fromVegaRecord(r) }));
    const kg = MISTAKES.find((m) => m.kind === 'unit');
    const planted = plantMistakes(rows).find((r) => r.id === kg?.rowId)?.body_mass_g;
    const asked = SESSION_PLAN.flatMap((b) => b.ask).find((q) => /weighs [\d.]+ g/.test(q)) ?? '';
    expect(Number(/weighs ([\d.]+) g/.exec(asked)?.[1])).toBe(planted);
  });

  it('every block has pages to open, something to show and questions to ask', () => {
    for (const b of SESSION_PLAN) {
      expect(b.open.length, b.id).toBeGreaterThan(0);
      expect(b.show.length, b.id).toBeGreaterThan(0);
      expect(b.ask.length, b.id).toBeGreaterThan(0);
      for (const q of b.ask) expect(q, b.id).toMatch(/\?$/);
    }
  });

  it('every link opens a page of the tutorial', () => {
    const paths = new Set(STAGES.map((s) => s.path));
    for (const b of SESSION_PLAN) for (const link of b.open) expect(paths.has(link.to.split('?')[0] ?? ''), link.to).toBe(true);
  });

  it('the inspector links carry exactly the 415 and 422 presets', () => {
    const preset = (id: string) => PRESETS.find((p) => p.id === id)?.request;
    expect(WRONG_CONTENT_TYPE_REQUEST).toEqual(preset('e415'));
    expect(WRONG_VALUES_REQUEST).toEqual(preset('e422'));
    const shared = SESSION_PLAN.flatMap((b) => b.open).filter((l) => l.to.startsWith('/deploy/inspect?'));
    const decoded = shared.map((l) => decodeSharedRequest(new URLSearchParams(l.to.split('?')[1]).get('request') ?? ''));
    expect(decoded).toEqual([WRONG_CONTENT_TYPE_REQUEST, WRONG_VALUES_REQUEST]);
  });

  it('the data links carry a valid pipeline state: messy data on, and the leakage demo on', () => {
    const messy = pipelineFromQuery(MESSY_DATA_LINK.split('?')[1] ?? '');
    const leak = pipelineFromQuery(LEAKAGE_LINK.split('?')[1] ?? '');
    expect(messy !== null && messy !== 'invalid' && messy.messy).toBe(true);
    expect(leak !== null && leak !== 'invalid' && leak.fitScalerOnAll).toBe(true);
  });
});
