import { describe, expect, it } from 'vitest';
import { accuracy, argMax, classMetrics, confusionMatrix, majorityBaseline } from './metrics';

const CLASSES = ['A', 'B', 'C'];
// Hand-computed example: 10 test rows, 3 classes.
//            actual:   A A A A B B B C C C
//            predicted A A B B B B B C A A
const ACTUAL = [0, 0, 0, 0, 1, 1, 1, 2, 2, 2];
const PREDICTED = [0, 0, 1, 1, 1, 1, 1, 2, 0, 0];

describe('confusion matrix', () => {
  it('counts actual (rows) against predicted (columns)', () => {
    expect(confusionMatrix(ACTUAL, PREDICTED, CLASSES)).toEqual({
      classes: CLASSES,
      counts: [
        [2, 2, 0],
        [0, 3, 0],
        [2, 0, 1],
      ],
    });
  });

  it('ignores predictions outside the classes and is all zeros for no rows', () => {
    expect(confusionMatrix([0, 1], [0, 7], ['A', 'B']).counts).toEqual([
      [1, 0],
      [0, 0],
    ]);
    expect(confusionMatrix([], [], CLASSES).counts).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });
});

describe('accuracy and per-class metrics', () => {
  const cm = confusionMatrix(ACTUAL, PREDICTED, CLASSES);

  it('accuracy is the diagonal over the total: 6 / 10', () => {
    expect(accuracy(cm)).toBe(0.6);
  });

  it('precision, recall and F1 per class match the hand computation', () => {
    const m = classMetrics(cm);
    // A: TP 2; predicted A 4 times (2 + 0 + 2) → P 0.5; 4 actual A → R 0.5; F1 0.5.
    expect(m[0]).toEqual({ className: 'A', precision: 0.5, recall: 0.5, f1: 0.5, support: 4 });
    // B: TP 3; predicted B 5 times → P 0.6; 3 actual B → R 1; F1 = 2·0.6·1 / 1.6 = 0.75.
    expect(m[1]?.precision).toBeCloseTo(0.6, 12);
    expect(m[1]?.recall).toBe(1);
    expect(m[1]?.f1).toBeCloseTo(0.75, 12);
    expect(m[1]?.support).toBe(3);
    // C: TP 1; predicted C once → P 1; 3 actual C → R 1/3; F1 = 2·(1/3) / (4/3) = 0.5.
    expect(m[2]?.precision).toBe(1);
    expect(m[2]?.recall).toBeCloseTo(1 / 3, 12);
    expect(m[2]?.f1).toBeCloseTo(0.5, 12);
  });

  it('gives 0, not NaN, where a denominator is zero', () => {
    // B is predicted once but never occurs; C never occurs and is never predicted.
    const m = classMetrics(confusionMatrix([0, 0], [0, 1], CLASSES));
    expect(m[0]).toEqual({ className: 'A', precision: 1, recall: 0.5, f1: 2 / 3, support: 2 });
    expect(m[1]).toEqual({ className: 'B', precision: 0, recall: 0, f1: 0, support: 0 });
    expect(m[2]).toEqual({ className: 'C', precision: 0, recall: 0, f1: 0, support: 0 });
    expect(accuracy(confusionMatrix([], [], CLASSES))).toBe(0);
  });

  it('is perfect on a perfect prediction', () => {
    const perfect = confusionMatrix([0, 1, 2], [0, 1, 2], CLASSES);
    expect(accuracy(perfect)).toBe(1);
    expect(classMetrics(perfect).every((c) => c.precision === 1 && c.recall === 1 && c.f1 === 1)).toBe(true);
  });
});

describe('majority baseline', () => {
  it('always guesses the most common training class and scores it on the test labels', () => {
    // Train: three A, two B, one C → always "A"; 4 of the 10 test rows are A.
    expect(majorityBaseline([0, 0, 0, 1, 1, 2], ACTUAL, CLASSES)).toEqual({ classIndex: 0, className: 'A', accuracy: 0.4 });
  });

  it('breaks ties by the first class and scores 0 on an empty test set', () => {
    expect(majorityBaseline([1, 2, 1, 2], [2, 2], CLASSES)).toEqual({ classIndex: 1, className: 'B', accuracy: 0 });
    expect(majorityBaseline([2], [], CLASSES).accuracy).toBe(0);
  });
});

describe('argMax', () => {
  it('returns the first largest index, 0 for an empty row', () => {
    expect(argMax([0.1, 0.7, 0.2])).toBe(1);
    expect(argMax([0.4, 0.4, 0.2])).toBe(0);
    expect(argMax([])).toBe(0);
  });
});
