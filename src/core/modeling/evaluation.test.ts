import { describe, expect, it } from 'vitest';
import { cellRowIndices, evaluatePredictions, mistakeCells } from './evaluation';

const CLASSES = ['Adelie', 'Chinstrap', 'Gentoo'];

describe('evaluatePredictions', () => {
  // Five test penguins: two Adelie (one taken for a Chinstrap), one Chinstrap, two Gentoo.
  const probabilities = [
    [0.9, 0.05, 0.05],
    [0.3, 0.6, 0.1],
    [0.1, 0.8, 0.1],
    [0.0, 0.1, 0.9],
    [0.2, 0.1, 0.7],
  ];
  const actual = [0, 0, 1, 2, 2];
  const ev = evaluatePredictions(probabilities, actual, [0, 0, 0, 1, 2, 2], CLASSES);

  it('predicts the most probable class and scores it', () => {
    expect(ev.predicted).toEqual([0, 1, 1, 2, 2]);
    expect(ev.matrix.counts).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [0, 0, 2],
    ]);
    expect(ev.accuracy).toBe(0.8);
    expect(ev.perClass.map((c) => [c.className, c.precision, c.recall])).toEqual([
      ['Adelie', 1, 0.5],
      ['Chinstrap', 0.5, 1],
      ['Gentoo', 1, 1],
    ]);
  });

  it('compares with always guessing the most common training species', () => {
    expect(ev.baseline).toEqual({ classIndex: 0, className: 'Adelie', accuracy: 0.4 });
  });

  it('lists the rows of a cell and the mistakes, largest first', () => {
    expect(cellRowIndices(ev, 0, 1)).toEqual([1]);
    expect(cellRowIndices(ev, 2, 2)).toEqual([3, 4]);
    expect(cellRowIndices(ev, 1, 0)).toEqual([]);
    expect(mistakeCells(ev.matrix)).toEqual([{ actual: 0, predicted: 1, count: 1 }]);
    expect(mistakeCells({ classes: CLASSES, counts: [[0, 1, 3], [2, 0, 0], [0, 0, 0]] })).toEqual([
      { actual: 0, predicted: 2, count: 3 },
      { actual: 1, predicted: 0, count: 2 },
      { actual: 0, predicted: 1, count: 1 },
    ]);
  });
});
