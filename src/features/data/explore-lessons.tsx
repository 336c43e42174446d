import { describeCleaning } from '../../core/data/cleaning-summary';
import { ruleLabel, summarizeCategorical } from '../../core/data/explore-views';
import type { PipelineResult } from '../../core/data/pipeline';

const VALID_SEX = ['MALE', 'FEMALE'];

/**
 * Short sentences built from the learner's own numbers: what cleaning did, what the outlier rule flags, what else is odd.
 * `retrievedRows` is the row count of the file the retrieve step downloaded (the messy copy adds rows to it).
 */
export function ExploreLessons({ result, retrievedRows }: { result: PipelineResult; retrievedRows: number }) {
  const flagged = result.flagged.size;
  const rule = ruleLabel(result.bounds.body_mass_g);
  const sex = summarizeCategorical(result.kept, 'sex');
  const odd = sex.values.filter((v) => !VALID_SEX.includes(v.value));
  const extra = result.input.length - retrievedRows;
  return (
    <div className="explore-lessons measure">
      <p>
        <strong>{describeCleaning(result.kept.length, result.removed)}</strong>
      </p>
      <ul>
        {extra > 0 && (
          <li>
            The messy copy has {result.input.length} rows, {extra} more than the file you retrieved: something was entered twice.
          </li>
        )}
        <li>
          Your outlier rule ({rule}) flags {flagged} row{flagged === 1 ? '' : 's'};{' '}
          {flagged === 0 ? 'nothing to decide.' : result.removed.some((r) => r.reason.startsWith('outlier')) ? 'they are removed.' : 'they stay in the data, marked in the strip plot.'}
        </li>
        {(sex.missing > 0 || odd.length > 0) && (
          <li>
            The <code>sex</code> column has {sex.missing} empty cell{sex.missing === 1 ? '' : 's'}
            {odd.map((v) => (
              <span key={v.value}>
                {' '}
                and {v.count} cell{v.count === 1 ? '' : 's'} holding <code>"{v.value}"</code>, which is not a sex
              </span>
            ))}
            . The model reads only the four measurements, so these rows can stay; a model that used <code>sex</code> would need them fixed.
          </li>
        )}
      </ul>
    </div>
  );
}
