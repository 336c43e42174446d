import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE } from '../core/data/pipeline-state';
import { pipelineFromQuery } from '../core/data/pipeline-state';
// A test may look across layers: the guide names presets and a quiz set that live in features.
import { TRAIN_PRESETS } from '../features/modeling/train-presets';
import { CLASS_MINUTES } from './data-facts';
import { CONFUSING_FEATURES, CONFUSING_FEATURES_LINK, PLAN_MINUTES, PLAN_PARTS, REVIEW_QUIZ_COUNT, SESSION_PLAN, TRAIN_PRESET_LABELS } from './instructor-guide';
import { QUIZ_BANK } from './quiz-bank';

const allText = SESSION_PLAN.flatMap((b) => [b.goal, ...b.show.map((s) => s.text), ...b.open.map((l) => l.label)]).join('\n');

describe('instructor guide timing and facts', () => {
  it('the per-part minutes sum to the class length, and the clock times follow from them', () => {
    expect(PLAN_PARTS.reduce((s, p) => s + p.minutes, 0)).toBe(CLASS_MINUTES);
    expect(PLAN_MINUTES).toBe(CLASS_MINUTES);
    expect(SESSION_PLAN.at(-1)?.end).toBe(CLASS_MINUTES);
    for (const b of SESSION_PLAN) expect(b.end - b.start, b.id).toBe(b.minutes);
  });

  it('counts the review questions as the quiz does (every question with a review topic)', () => {
    expect(REVIEW_QUIZ_COUNT).toBe(QUIZ_BANK.filter((q) => q.review !== undefined).length);
    expect(allText).toContain(`review questions (${REVIEW_QUIZ_COUNT},`);
    expect(allText).not.toMatch(/the eight review questions/);
  });

  it('names Train presets that exist, and the confusing features are the harder preset’s', () => {
    const labels = TRAIN_PRESETS.map((p) => p.label);
    for (const label of Object.values(TRAIN_PRESET_LABELS)) {
      expect(labels).toContain(label);
      expect(allText).toContain(`“${label}”`);
    }
    const harder = TRAIN_PRESETS.find((p) => p.label === TRAIN_PRESET_LABELS.twoFeatures);
    expect(harder?.data(DEFAULT_PIPELINE).features).toEqual(CONFUSING_FEATURES);
    const linked = pipelineFromQuery(CONFUSING_FEATURES_LINK.split('?')[1] ?? '');
    expect(linked !== null && linked !== 'invalid' && linked.features).toEqual(CONFUSING_FEATURES);
  });

  it('says to share a request with the inspector’s own button, and that Update needs New population traffic first', () => {
    expect(allText).toContain('“Copy link to this request”');
    expect(allText).not.toMatch(/“Copy link to this view” and paste/);
    const operate = SESSION_PLAN.find((b) => b.id === 'operate');
    const steps = operate?.show.map((s) => s.text) ?? [];
    const minute = steps.findIndex((t) => /about a minute/.test(t) && /Update needs/.test(t));
    expect(minute).toBeGreaterThanOrEqual(0);
    expect(minute).toBeLessThan(steps.findIndex((t) => t.startsWith('On Update')));
  });
});
