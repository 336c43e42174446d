import penguins from 'vega-datasets/data/penguins.json';
import { fromVegaRecord } from './penguins';
import type { VegaPenguinRecord } from './penguins';
import type { DataRow } from './rows';

/** The 344 raw rows with 1-based ids, as the retrieve step produces them (for tests and benchmarks). */
export function rawTestRows(): DataRow[] {
  return (penguins as VegaPenguinRecord[]).map((r, i) => ({ ...fromVegaRecord(r), id: i + 1 }));
}
