import { Link } from 'react-router';
import { FEATURE_UNITS } from '../../core/data/penguins';
import type { Feature } from '../../core/data/penguins';
import type { DataRow } from '../../core/data/rows';
import { speciesOverlap } from '../../core/modeling/mix-ups';

const WORDS: Record<Feature, string> = {
  bill_length_mm: 'bill length',
  bill_depth_mm: 'bill depth',
  flipper_length_mm: 'flipper length',
  body_mass_g: 'body mass',
};

const share = (s: number) => `${Math.round(s * 100)} %`;
const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

interface Props {
  actual: string;
  predicted: string;
  /** The training rows the model learned from (the ranges come from them, not from the test set). */
  train: readonly DataRow[];
  features: readonly Feature[];
}

/** Why the model confuses two species: how much they overlap on each measurement it sees, from the training rows. */
export function MixUpExplanation({ actual, predicted, train, features }: Props) {
  const overlaps = speciesOverlap(train, actual, predicted, features);
  if (overlaps.length === 0) return null;
  const parts = overlaps.map((o) => `on ${WORDS[o.feature]}, ${share(o.share)} of them fall inside the ${predicted} range (${num(o.range[0])}–${num(o.range[1])} ${FEATURE_UNITS[o.feature]})`);
  const widest = overlaps.reduce((a, b) => (b.share > a.share ? b : a));
  const [x, y] = [overlaps[0], overlaps[1]];
  return (
    <div className="measure mix-up-why">
      <p>
        <strong>Why these two?</strong> Look at the {actual} penguins in the training set: {parts.join('; ')}. Where the two species share the same values on every
        measurement the model sees, it can only guess. {WORDS[widest.feature].charAt(0).toUpperCase() + WORDS[widest.feature].slice(1)} overlaps most, so it helps least
        here.
      </p>
      <p>
        See the overlap yourself: on the <Link to="/data/explore">Explore step’s scatter plot</Link>, put {x ? WORDS[x.feature] : 'one measurement'} on one axis
        {y ? ` and ${WORDS[y.feature]} on the other` : ''}.{features.length < 4 && ' Then try a measurement you left out on Prepare: the clouds come apart.'}
      </p>
    </div>
  );
}
