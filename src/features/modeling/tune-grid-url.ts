import type { TrainConfig } from '../../core/modeling/train-config';
import { hasTrainParams, linkProblemNotice, trainSettingsFromQuery, trainSettingsToQuery } from './train-settings-url';

// Pure: the Tune page's view in its address, `?rates=0.01,0.1&units=8,16` plus the Train settings the grid builds on.

/** Learning rates and hidden-unit counts the grid offers. */
export const GRID_RATES = [0.001, 0.01, 0.03, 0.1] as const;
export const GRID_UNITS = [4, 8, 16, 32] as const;
/** The grid's first view: two rates × two unit counts. */
export const DEFAULT_GRID: TuneGrid = { rates: [0.01, 0.1], units: [8, 16] };

/** The chosen axes of the grid, each a subset of what the grid offers, in its order (either may be empty). */
export interface TuneGrid {
  rates: number[];
  units: number[];
}

/** What a Tune link asks for: the grid, the base settings (when it carries them) and a notice if part was unusable. */
export interface TuneLink {
  grid: TuneGrid;
  base: TrainConfig | null;
  notice: string | null;
}

/** Keeps `offered`'s order; null when any listed value is not offered (or repeated), so the whole axis falls back. */
function readAxis(raw: string, offered: readonly number[]): number[] | null {
  if (raw === '') return [];
  const picked = raw.split(',');
  const values = offered.filter((v) => picked.includes(String(v)));
  return values.length === picked.length ? values : null;
}

/** Reads a Tune link: an axis with an unknown value falls back to the default axis and is named. Never throws. */
export function tuneLinkFromQuery(query: string, memory: TrainConfig): TuneLink {
  const p = new URLSearchParams(query);
  const problems: string[] = [];
  const axis = (key: 'rates' | 'units', offered: readonly number[]): number[] => {
    const raw = p.get(key);
    if (raw === null) return DEFAULT_GRID[key];
    const read = raw.length <= 100 ? readAxis(raw, offered) : null;
    if (read) return read;
    problems.push(`${key}=${raw.slice(0, 20)} is not a list of the offered ${key === 'rates' ? 'learning rates' : 'unit counts'} (${offered.join(', ')})`);
    return DEFAULT_GRID[key];
  };
  const grid = { rates: axis('rates', GRID_RATES), units: axis('units', GRID_UNITS) };
  let base: TrainConfig | null = null;
  if (hasTrainParams(query)) {
    const settings = trainSettingsFromQuery(query, memory);
    base = settings.config;
    problems.push(...settings.problems);
  }
  return { grid, base, notice: linkProblemNotice(problems, 'the grid') };
}

/** Writes the grid and its base settings into a copy of `query` (other keys stay as they are). */
export function tuneLinkToQuery(query: string, grid: TuneGrid, base: TrainConfig): URLSearchParams {
  const p = trainSettingsToQuery(query, base);
  p.set('rates', grid.rates.join(','));
  p.set('units', grid.units.join(','));
  return p;
}
